package com.chainleads.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Filter values in an address that name nothing the filter boxes offer — a typo, a stale bookmark, a code that
 * was removed: {@code /leads?sector=FOO}, {@code /cockpit?unit=BAR}, {@code /chain-map?sector=NOPE}. The view
 * ignores them, says so at the top ("未找到产业“FOO”，已显示全部") and forwards to the cleaned address, so no figure is
 * ever shown for a filter the boxes do not show. One way for the lead list, the cockpit and the industry map.
 */
public final class UnknownFilterValues {

    /** What a filter value names; the key is its word in the message. */
    public enum Kind {
        SECTOR("filter.kind.sector"),
        CHAIN_LINK("filter.kind.chainLink"),
        UNIT("filter.kind.unit"),
        OWNER("filter.kind.owner"),
        /** A parameter that did not parse at all (e.g. {@code stage=FOO}, {@code min=abc}): named as written. */
        OTHER("");

        private final String translationKey;

        Kind(String translationKey) {
            this.translationKey = translationKey;
        }
    }

    /** One ignored value. */
    public record Ignored(Kind kind, String value) {}

    private final List<Ignored> ignored = new ArrayList<>();

    public void add(Kind kind, String value) {
        ignored.add(new Ignored(kind, value));
    }

    /**
     * Notes every non-blank parameter of {@code asked} that is missing from {@code understood} (the parameters of
     * the filter read from it) as not understood, except {@code handled} (already checked value by value).
     */
    public void addNotUnderstood(
            Map<String, List<String>> asked, Map<String, List<String>> understood, Set<String> handled) {
        asked.forEach((name, values) -> {
            if (!handled.contains(name) && !understood.containsKey(name)) {
                values.stream().filter(value -> !value.isBlank()).forEach(value -> add(Kind.OTHER, name + "=" + value));
            }
        });
    }

    public boolean isEmpty() {
        return ignored.isEmpty();
    }

    public List<Ignored> ignored() {
        return List.copyOf(ignored);
    }

    /** The messages, e.g. "未找到产业“FOO”，已显示全部". */
    public List<String> messages(BiFunction<String, Object[], String> translate) {
        return ignored.stream()
                .map(item -> item.kind() == Kind.OTHER
                        ? translate.apply("filter.notUnderstood", new Object[] {item.value()})
                        : translate.apply("filter.unknown", new Object[] {
                            translate.apply(item.kind().translationKey, new Object[0]), item.value()
                        }))
                .toList();
    }

    /**
     * If anything was ignored: says so at the top and forwards to {@code view} with the cleaned parameters, which
     * enters the view again; the caller then stops. Returns whether it forwarded.
     */
    public boolean forwardIfAny(
            BeforeEnterEvent event,
            Component source,
            Class<? extends Component> view,
            Map<String, List<String>> cleaned) {
        if (ignored.isEmpty()) {
            return false;
        }
        Notification notice =
                Notifications.error(String.join(" ", messages((key, args) -> source.getTranslation(key, args))));
        notice.addClassName("cl-filter-ignored");
        event.forwardTo(view, new QueryParameters(cleaned));
        return true;
    }
}

package com.chainleads.transfer.cell;

import com.chainleads.base.i18n.AppLocales;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The allowed values of a column (sector, stage, channel …): each with a code, a Chinese and an English label
 * and optional aliases. A cell matches by any of them, ignoring case, spaces and full-width forms. The labels
 * of one language fill the template's dropdown.
 */
public final class Choices<E> {

    /** One allowed value. */
    public record Choice<E>(E value, String code, String labelZh, String labelEn, List<String> aliases) {

        public Choice {
            aliases = List.copyOf(aliases);
        }

        public String label(Locale locale) {
            return AppLocales.isEnglish(locale) ? labelEn : labelZh;
        }
    }

    private static final int LABELS_IN_PROBLEM = 12;

    private final List<Choice<E>> choices;
    private final Map<String, Choice<E>> byKey = new LinkedHashMap<>();

    private Choices(List<Choice<E>> choices) {
        this.choices = List.copyOf(choices);
        for (Choice<E> choice : this.choices) {
            List<String> keys = new ArrayList<>(List.of(choice.code(), choice.labelZh(), choice.labelEn()));
            keys.addAll(choice.aliases());
            for (String key : keys) {
                String lookup = Text.lookupKey(key);
                if (!lookup.isEmpty()) {
                    Choice<E> earlier = byKey.putIfAbsent(lookup, choice);
                    if (earlier != null && earlier != choice) {
                        throw new IllegalArgumentException(
                                "'" + key + "' names both " + earlier.code() + " and " + choice.code());
                    }
                }
            }
        }
    }

    public static <E> Builder<E> builder() {
        return new Builder<>();
    }

    /** All constants of an enum, with the code being the constant's name. */
    public static <E extends Enum<E>> Choices<E> ofEnum(Class<E> type, Function<E, String> zh, Function<E, String> en) {
        Builder<E> builder = builder();
        for (E constant : type.getEnumConstants()) {
            builder.add(constant, constant.name(), zh.apply(constant), en.apply(constant));
        }
        return builder.build();
    }

    public Optional<E> find(@Nullable String text) {
        Choice<E> choice = byKey.get(Text.lookupKey(text));
        return choice == null ? Optional.empty() : Optional.of(choice.value());
    }

    public Parsed<E> parse(@Nullable String text) {
        if (Text.isBlank(text)) {
            return Parsed.empty();
        }
        return find(text)
                .map(Parsed::of)
                .orElseGet(() -> Parsed.problem("transfer.parse.choice", Text.clean(text), allowedLabels()));
    }

    public List<Choice<E>> all() {
        return choices;
    }

    public List<String> labels(Locale locale) {
        return choices.stream().map(choice -> choice.label(locale)).toList();
    }

    public Optional<Choice<E>> choiceOf(E value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).findFirst();
    }

    /** The allowed labels in the reader's language, shortened for long lists. */
    public Localized allowedLabels() {
        return locale -> {
            List<String> labels = labels(locale);
            String shown = labels.stream()
                    .limit(LABELS_IN_PROBLEM)
                    .collect(Collectors.joining(AppLocales.isEnglish(locale) ? ", " : "、"));
            return labels.size() > LABELS_IN_PROBLEM ? shown + " …" : shown;
        };
    }

    /** Collects choices in the order they are shown. */
    public static final class Builder<E> {

        private final List<Choice<E>> choices = new ArrayList<>();

        public Builder<E> add(E value, String code, String labelZh, String labelEn, String... aliases) {
            choices.add(new Choice<>(value, code, labelZh, labelEn, Arrays.asList(aliases)));
            return this;
        }

        public Choices<E> build() {
            return new Choices<>(Collections.unmodifiableList(choices));
        }
    }
}

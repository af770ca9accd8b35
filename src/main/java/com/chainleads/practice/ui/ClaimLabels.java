package com.chainleads.practice.ui;

import com.chainleads.practice.domain.ClaimOutcome;
import com.chainleads.practice.domain.ClaimStatus;
import com.chainleads.practice.domain.ProtectionState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Badges and short sentences shared by the ruling views and the 撞单 tab of a lead. */
final class ClaimLabels {

    private ClaimLabels() {
    }

    static Span statusBadge(Component context, ClaimStatus status, @Nullable ClaimOutcome outcome) {
        String text = status == ClaimStatus.PENDING || outcome == null
                ? context.getTranslation(status.translationKey())
                : context.getTranslation(outcome.translationKey());
        return badge(text, status == ClaimStatus.PENDING ? "badge" : "badge success", "data-status", status.name());
    }

    static Span protectionBadge(Component context, ProtectionState state) {
        String theme = switch (state) {
            case PROTECTED, LANDED -> "badge contrast";
            case EXPIRED, OVERDUE, CLOSED -> "badge error";
        };
        return badge(context.getTranslation(state.translationKey()), theme, "data-protection", state.name());
    }

    private static Span badge(String text, String theme, String attribute, String value) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.getElement().setAttribute(attribute, value);
        return badge;
    }
}

package com.chainleads.claim.ui;

import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.domain.ProtectionState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Badges and short sentences shared by the ruling views and the 撞单 tab of a lead. */
final class ClaimLabels {

    private ClaimLabels() {}

    static Span statusBadge(Component context, ClaimStatus status, @Nullable ClaimOutcome outcome) {
        return badge(statusText(context, status, outcome), statusTheme(status), "data-status", status.name());
    }

    static String statusText(Component context, ClaimStatus status, @Nullable ClaimOutcome outcome) {
        return status == ClaimStatus.PENDING || outcome == null
                ? context.getTranslation(status.translationKey())
                : context.getTranslation(outcome.translationKey());
    }

    static String statusTheme(ClaimStatus status) {
        return status == ClaimStatus.PENDING ? "badge" : "badge success";
    }

    static Span protectionBadge(Component context, ProtectionState state) {
        return badge(
                context.getTranslation(state.translationKey()),
                protectionTheme(state),
                "data-protection",
                state.name());
    }

    static String protectionTheme(ProtectionState state) {
        return switch (state) {
            case PROTECTED, LANDED -> "badge contrast";
            case EXPIRED, OVERDUE, CLOSED -> "badge error";
        };
    }

    private static Span badge(String text, String theme, String attribute, String value) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.getElement().setAttribute(attribute, value);
        return badge;
    }
}

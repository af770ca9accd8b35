package com.chainleads.lead.ui;

import com.chainleads.lead.domain.LeadStage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Small shared pieces of the lead views. */
final class LeadLabels {

    private LeadLabels() {
    }

    /** A coloured badge for a stage: early stages neutral, signed and later green, side states muted/red. */
    static Span stageBadge(Component context, LeadStage stage) {
        Span badge = new Span(context.getTranslation(stage.translationKey()));
        String theme = switch (stage) {
            case REGISTERED, SCREENING, CONTACT -> "badge contrast";
            case NEGOTIATING -> "badge";
            case SIGNED, INCORPORATED, CONSTRUCTION, PRODUCTION, FULL_CAPACITY -> "badge success";
            case ON_HOLD -> "badge contrast small";
            case LOST -> "badge error";
        };
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        badge.getElement().setAttribute("data-stage", stage.name());
        return badge;
    }
}

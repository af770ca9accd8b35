package com.chainleads.lead.ui;

import com.chainleads.lead.domain.LeadStage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;

/** Small shared pieces of the lead views. */
final class LeadLabels {

    /**
     * A stage badge in a grid cell, drawn in the browser: a grid row costs the server no component. Lit
     * bindings are text, never HTML.
     */
    private static final String STAGE_BADGE = """
            <span theme="${item.theme}" data-stage="${item.stage}">${item.label}</span>""";

    private LeadLabels() {}

    /** A coloured badge for a stage: early stages neutral, signed and later green, side states muted/red. */
    static Span stageBadge(Component context, LeadStage stage) {
        Span badge = new Span(context.getTranslation(stage.translationKey()));
        badge.getElement().getThemeList().addAll(List.of(stageTheme(stage).split(" ")));
        badge.getElement().setAttribute("data-stage", stage.name());
        return badge;
    }

    /** The same badge as {@link #stageBadge} for a grid column, with no component per row. */
    static <T> LitRenderer<T> stageBadgeRenderer(Component context, Function<T, LeadStage> stageOf) {
        return LitRenderer.<T>of(STAGE_BADGE)
                .withProperty("theme", row -> stageTheme(stageOf.apply(row)))
                .withProperty("stage", row -> stageOf.apply(row).name())
                .withProperty(
                        "label",
                        row -> context.getTranslation(stageOf.apply(row).translationKey()));
    }

    static String stageTheme(LeadStage stage) {
        return switch (stage) {
            case REGISTERED, SCREENING, CONTACT -> "badge contrast";
            case NEGOTIATING -> "badge";
            case SIGNED, INCORPORATED, CONSTRUCTION, PRODUCTION, FULL_CAPACITY -> "badge success";
            case ON_HOLD -> "badge contrast small";
            case LOST -> "badge error";
        };
    }
}

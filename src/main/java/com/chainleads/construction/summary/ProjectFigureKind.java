package com.chainleads.construction.summary;

import com.chainleads.lead.domain.LeadStage;
import org.jspecify.annotations.Nullable;

/**
 * What a row of {@code project_figure_period} counts: projects by the actual date of the milestone that maps to a
 * lead stage (开工, 投产, 达产), by their earliest open planned date, or by a year with investment figures.
 */
public enum ProjectFigureKind {
    STARTED(LeadStage.CONSTRUCTION),
    PRODUCING(LeadStage.PRODUCTION),
    FULL(LeadStage.FULL_CAPACITY),
    OPEN(null),
    INVESTED(null);

    private final @Nullable LeadStage stage;

    ProjectFigureKind(@Nullable LeadStage stage) {
        this.stage = stage;
    }

    /** The lead stage whose milestone's actual date this kind counts by; null for OPEN and INVESTED. */
    public @Nullable LeadStage stage() {
        return stage;
    }

    /** The kind counting milestones that map to {@code stage}, if any. */
    public static @Nullable ProjectFigureKind ofStage(@Nullable LeadStage stage) {
        for (ProjectFigureKind kind : values()) {
            if (kind.stage != null && kind.stage == stage) {
                return kind;
            }
        }
        return null;
    }
}

package com.chainleads.construction.summary;

import com.chainleads.base.summary.RowDeltas;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What one signed project (签约 or later) counts in the period rows: its sector and unit, the actual dates of the
 * milestones whose kind maps to 开工, 投产 and 达产 (the earliest when several kinds map to one stage), and the earliest
 * planned date still open ({@code project_progress.earliest_open_planned_on}, what /projects' status is computed
 * from). A stage reached by hand on the lead page without the milestone counts nowhere here: the figures and the
 * /projects filters both go by the plan's actual dates.
 */
record ProjectFacts(
        long leadId,
        long sectorId,
        long unitId,
        @Nullable LocalDate startedOn,
        @Nullable LocalDate producingOn,
        @Nullable LocalDate fullOn,
        @Nullable LocalDate openPlannedOn) {

    static final String YEAR = "Y";
    static final String MONTH = "M";
    static final String DAY = "D";

    static final RowDeltas.Table PERIOD = RowDeltas.Table.counting(
            "project_figure_period", "project_count", "kind", "grain", "period_start", "sector_id", "unit_id");
    static final RowDeltas.Table INVESTMENT = new RowDeltas.Table(
            "project_figure_investment",
            java.util.List.of("month_start", "sector_id", "unit_id"),
            "",
            java.util.List.of("planned", "completed"));

    /** Adds this project's period rows, {@code sign} times (+1 or -1). */
    void addTo(RowDeltas period, int sign) {
        month(period, sign, ProjectFigureKind.STARTED, startedOn);
        month(period, sign, ProjectFigureKind.PRODUCING, producingOn);
        month(period, sign, ProjectFigureKind.FULL, fullOn);
        if (openPlannedOn != null) {
            month(period, sign, ProjectFigureKind.OPEN, openPlannedOn);
            period.add(sign, ProjectFigureKind.OPEN.name(), DAY, openPlannedOn, sectorId, unitId);
        }
    }

    private void month(RowDeltas period, int sign, ProjectFigureKind kind, @Nullable LocalDate day) {
        if (day != null) {
            period.add(sign, kind.name(), MONTH, day.withDayOfMonth(1), sectorId, unitId);
        }
    }

    /** Whether both count in the same sector and unit (investment rows stay where they are). */
    boolean samePlace(@Nullable ProjectFacts other) {
        return other != null && other.sectorId == sectorId && other.unitId == unitId;
    }
}

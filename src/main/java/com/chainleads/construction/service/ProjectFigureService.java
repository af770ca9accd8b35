package com.chainleads.construction.service;

import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.construction.summary.FigureScope;
import com.chainleads.construction.summary.ProjectFigureKind;
import com.chainleads.construction.summary.ProjectFigures;
import com.chainleads.lead.service.LeadVisibility;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The construction figures the cockpit shows ({@link ProjectYearFigures}), read from the project figures kept in
 * step with every write ({@link ProjectFigures}): a few bounded row ranges per figure, however many projects. The
 * caller's visibility applies as on {@code /projects}: officers their unit's projects, leaders and administrators
 * all.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class ProjectFigureService {

    private final ProjectFigures figures;
    private final LeadVisibility visibility;
    private final ScheduleClock schedule;
    private final Clock clock;

    ProjectFigureService(ProjectFigures figures, LeadVisibility visibility, ScheduleClock schedule, Clock clock) {
        this.figures = figures;
        this.visibility = visibility;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * The dates each of these leads counts by (signed projects only; others absent). The ids are those of rows the
     * lead register answered to the caller, so visibility was checked there.
     */
    public java.util.Map<Long, ReachedDates> reachedOfLeads(java.util.Collection<Long> leadIds) {
        java.util.Map<Long, ReachedDates> reached = new java.util.HashMap<>();
        figures.reachedOfLeads(leadIds)
                .forEach((id, r) -> reached.put(
                        id, new ReachedDates(r.startedOn(), r.producingOn(), r.fullOn(), r.investedYears())));
        return reached;
    }

    /** The figures of {@code year} for these sectors (codes; none = all) and unit (code; none = all). */
    public ProjectYearFigures year(Set<String> sectors, @Nullable String unit, int year) {
        LeadVisibility.Scope caller = visibility.ofCaller();
        FigureScope scope = new FigureScope(sectors, unit, caller.allUnits(), caller.unitId());
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        BigDecimal[] investment = figures.investment(scope, first, last);
        return new ProjectYearFigures(
                year,
                figures.reached(ProjectFigureKind.STARTED, scope, first, last),
                figures.reached(ProjectFigureKind.PRODUCING, scope, first, last),
                figures.reached(ProjectFigureKind.FULL, scope, first, last),
                investment[0],
                investment[1],
                figures.invested(scope, year),
                figures.delays(scope, LocalDate.now(clock), schedule.severeDelayDays()).stream()
                        .map(d -> new ProjectYearFigures.DelayCount(
                                d.sectorCode(), d.unitCode(), d.delayed(), d.severelyDelayed()))
                        .toList(),
                schedule.severeDelayDays());
    }
}

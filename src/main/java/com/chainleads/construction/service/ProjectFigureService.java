package com.chainleads.construction.service;

import com.chainleads.base.summary.SummaryScope;
import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.construction.summary.ProjectFigureKind;
import com.chainleads.construction.summary.ProjectFigures;
import com.chainleads.lead.service.LeadIdSet;
import com.chainleads.lead.service.LeadVisibility;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.LongStream;
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
     * The signed projects whose status as of today is one of {@code statuses}, by the rows the cockpit counts
     * (滞后 here is 滞后 there): index ranges on the earliest open planned date, and the plans fully reached. With
     * 无计划 among them, the answer is "all but" the projects of the other statuses, so it stays as short. Not
     * narrowed to the caller's unit: the lead index does that, with the rest of the list's filter.
     */
    public LeadIdSet projectsWithStatus(Set<ProjectStatus> statuses) {
        boolean noPlan = statuses.contains(ProjectStatus.NO_PLAN);
        EnumSet<ProjectStatus> asked = EnumSet.noneOf(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            if (status != ProjectStatus.NO_PLAN && statuses.contains(status) != noPlan) {
                asked.add(status);
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate lastDelayed = today.minusDays(schedule.severeDelayDays());
        LongStream ids = LongStream.empty();
        for (ProjectStatus status : asked) {
            LongStream more = switch (status) {
                case ON_SCHEDULE -> figures.openPlannedBetween(today, null);
                case DELAYED -> figures.openPlannedBetween(lastDelayed, today.minusDays(1));
                case SEVERELY_DELAYED -> figures.openPlannedBetween(null, lastDelayed.minusDays(1));
                case COMPLETED -> figures.completed();
                case NO_PLAN -> LongStream.empty();
            };
            ids = LongStream.concat(ids, more);
        }
        return noPlan ? LeadIdSet.allBut(ids) : LeadIdSet.only(ids);
    }

    /**
     * The signed projects that reached 开工 / 投产 / 达产 in the years given and have investment figures in
     * {@code invested} (null: not asked), as the cockpit's cards count them.
     */
    public LeadIdSet projectsReaching(
            @Nullable Integer started,
            @Nullable Integer producing,
            @Nullable Integer fullCapacity,
            @Nullable Integer invested) {
        LeadIdSet projects = LeadIdSet.ALL;
        projects = reachedIn(projects, ProjectFigureKind.STARTED, started);
        projects = reachedIn(projects, ProjectFigureKind.PRODUCING, producing);
        projects = reachedIn(projects, ProjectFigureKind.FULL, fullCapacity);
        if (invested != null) {
            projects = projects.and(LeadIdSet.only(figures.investedIn(invested)));
        }
        return projects;
    }

    private LeadIdSet reachedIn(LeadIdSet projects, ProjectFigureKind kind, @Nullable Integer year) {
        return year == null
                ? projects
                : projects.and(LeadIdSet.only(
                        figures.reachedBetween(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
    }

    /** The figures of {@code year} for these sectors (codes; none = all) and unit (code; none = all). */
    public ProjectYearFigures year(Set<String> sectors, @Nullable String unit, int year) {
        LeadVisibility.Scope caller = visibility.ofCaller();
        SummaryScope scope = new SummaryScope(sectors, unit, caller.allUnits(), caller.unitId());
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

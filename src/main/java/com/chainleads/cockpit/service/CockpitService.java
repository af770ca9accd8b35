package com.chainleads.cockpit.service;

import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.service.ProjectFigureService;
import com.chainleads.construction.service.ProjectYearFigures;
import com.chainleads.coordination.service.IssueQueries;
import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.LeadEvent;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadGrouping;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadSortKey;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTally;
import com.chainleads.lead.service.FigureScope;
import com.chainleads.lead.service.LeadFigures;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.ResponseClocks;
import com.chainleads.project.service.ProjectFilter;
import com.chainleads.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' cockpit (招商驾驶舱): KPIs, chart data, the supervision list and the key projects. Every figure is
 * a figure of the lead register ({@link LeadFigures}), with the caller's visibility, and
 * carries the {@link LeadFilter} that shows the same leads in the list — so the numbers always agree.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class CockpitService {

    /** 1 亿元 and 10 亿元 in 万元. */
    static final BigDecimal HUNDRED_MILLION = InvestmentBand.OVER_100M.minimum();

    static final BigDecimal BILLION = InvestmentBand.OVER_1BN.minimum();
    private static final Set<LeadStage> MAIN_LINE = EnumSet.range(LeadStage.REGISTERED, LeadStage.FULL_CAPACITY);

    private final LeadFigures figures;
    private final LeadQueries leads;
    private final ChainReferenceService chains;
    private final ResponseClocks clocks;
    private final CurrentUser currentUser;
    private final ProjectFigureService projectFigures;
    private final IssueQueries issues;
    private final Clock clock;

    CockpitService(
            LeadFigures figures,
            LeadQueries leads,
            ChainReferenceService chains,
            ResponseClocks clocks,
            CurrentUser currentUser,
            ProjectFigureService projectFigures,
            IssueQueries issues,
            Clock clock) {
        this.projectFigures = projectFigures;
        this.issues = issues;
        this.figures = figures;
        this.leads = leads;
        this.chains = chains;
        this.clocks = clocks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public CockpitKpis kpis(CockpitFilter filter) {
        LocalDate today = today();
        DateRange period = filter.range(today);
        FigureScope scope = filter.scope();
        LeadFilter base = filter.leads();

        LeadFilter active = base.withStages(LeadStage.ACTIVE);
        LeadGroupTotals activeSums = figures.stageTotals(scope, LeadStage.ACTIVE, InvestmentBand.ANY);
        LeadFilter signed = base.withSigned(period.from(), period.to());
        LeadTally signedSums = figures.eventTotals(LeadEvent.SIGNED, scope, period.from(), period.to());
        LeadFilter landed = base.withLanded(period.from(), period.to());
        LeadFilter over100m = base.withStages(Set.of(LeadStage.NEGOTIATING)).withInvestment(HUNDRED_MILLION, null);
        LeadFilter over1bn = base.withStages(Set.of(LeadStage.NEGOTIATING)).withInvestment(BILLION, null);
        LocalDate monthStart = today.withDayOfMonth(1);
        LeadFilter thisMonth = base.withReported(monthStart, today);
        LeadFilter lastMonth = base.withReported(monthStart.minusMonths(1), monthStart.minusDays(1));
        LeadFilter funded = base.withStages(LeadStage.SIGNED_OR_LATER);
        LeadGroupTotals fundedSums = figures.stageTotals(scope, LeadStage.SIGNED_OR_LATER, InvestmentBand.ANY);

        return new CockpitKpis(
                new Kpi("activeLeads", activeSums.count(), activeSums.totalInvestment(), active, null),
                new Kpi("signed", signedSums.count(), signedSums.amount(), signed, null),
                new Kpi(
                        "landed",
                        figures.eventTotals(LeadEvent.LANDED, scope, period.from(), period.to())
                                .count(),
                        null,
                        landed,
                        null),
                new Kpi(
                        "negotiatingOver100m",
                        figures.stageTotals(scope, Set.of(LeadStage.NEGOTIATING), InvestmentBand.OVER_100M)
                                .count(),
                        null,
                        over100m,
                        null),
                new Kpi(
                        "negotiatingOver1bn",
                        figures.stageTotals(scope, Set.of(LeadStage.NEGOTIATING), InvestmentBand.OVER_1BN)
                                .count(),
                        null,
                        over1bn,
                        null),
                new Kpi(
                        "newThisMonth",
                        figures.eventTotals(LeadEvent.REPORTED, scope, monthStart, today)
                                .count(),
                        null,
                        thisMonth,
                        figures.eventTotals(
                                        LeadEvent.REPORTED, scope, monthStart.minusMonths(1), monthStart.minusDays(1))
                                .count()),
                new Kpi("fundsReceived", fundedSums.count(), fundedSums.fundsReceived(), funded, null));
    }

    /**
     * The 项目建设 section for this calendar year: signed from the lead figures, the rest from the project and issue
     * figures kept in step with every write — each a sum over bounded summary rows, never a scan of projects,
     * issues or leads — with the cockpit's sectors and unit and the caller's visibility, as every other figure.
     */
    public ProjectCockpit projects(CockpitFilter filter) {
        LocalDate today = today();
        int year = today.getYear();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LeadTally signed = figures.eventTotals(LeadEvent.SIGNED, filter.scope(), first, last);
        ProjectYearFigures construction = projectFigures.year(filter.sectors(), filter.unit(), year);
        ProjectFilter base = ProjectFilter.NONE.withSectors(filter.sectors()).withUnit(filter.unit());
        Map<String, long[]> bySector = new java.util.TreeMap<>();
        Map<String, long[]> byUnit = new java.util.TreeMap<>();
        for (ProjectYearFigures.DelayCount delay : construction.delays()) {
            long[] sector = bySector.computeIfAbsent(delay.sectorCode(), code -> new long[2]);
            sector[0] += delay.delayed();
            sector[1] += delay.severelyDelayed();
            long[] unit = byUnit.computeIfAbsent(delay.unitCode(), code -> new long[2]);
            unit[0] += delay.delayed();
            unit[1] += delay.severelyDelayed();
        }
        BigDecimal planned = construction.plannedInvestment();
        BigDecimal completed = construction.completedInvestment();
        return new ProjectCockpit(
                year,
                new Kpi(
                        "signedThisYear",
                        signed.count(),
                        signed.amount(),
                        filter.leads().withSigned(first, last),
                        null),
                new ProjectCockpit.Reached("started", construction.started(), base.withStarted(year)),
                new ProjectCockpit.Reached("producing", construction.producing(), base.withProducing(year)),
                new ProjectCockpit.Reached("fullCapacity", construction.fullCapacity(), base.withFullCapacity(year)),
                new ProjectCockpit.Investment(
                        planned,
                        completed,
                        planned.signum() <= 0
                                ? null
                                : completed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP),
                        construction.investedProjects(),
                        base.withInvested(year)),
                delayed(bySector, code -> base.withSectors(Set.of(code))),
                delayed(byUnit, base::withUnit),
                issues.openByDepartment(filter.sectors(), filter.unit()).stream()
                        .map(d -> new ProjectCockpit.DepartmentIssues(
                                d.code(), d.nameZh(), d.nameEn(), d.open(), d.overdue(), d.openList(), d.overdueList()))
                        .toList(),
                construction.severeDelayDays());
    }

    /** Most delayed first (then by code), each with its lists of 滞后 and of 严重滞后 projects. */
    private static List<ProjectCockpit.Delayed> delayed(
            Map<String, long[]> counts, Function<String, ProjectFilter> of) {
        return counts.entrySet().stream()
                .map(e -> new ProjectCockpit.Delayed(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        of.apply(e.getKey()).withStatuses(Set.of(ProjectStatus.DELAYED)),
                        of.apply(e.getKey()).withStatuses(Set.of(ProjectStatus.SEVERELY_DELAYED))))
                .sorted(Comparator.comparingLong(ProjectCockpit.Delayed::total)
                        .reversed()
                        .thenComparing(ProjectCockpit.Delayed::code))
                .toList();
    }

    /** Active leads and their planned investment per sector, every sector of the filter shown. */
    public List<ChartData.Bar> bySector(CockpitFilter filter) {
        LeadFilter active = filter.leads().withStages(LeadStage.ACTIVE);
        Map<String, LeadGroupTotals> totals = byKey(figures.stageTotalsBySector(filter.scope(), LeadStage.ACTIVE));
        return chains.sectors().stream()
                .filter(sector -> filter.sectors().isEmpty() || filter.sectors().contains(sector.code()))
                .map(SectorOption::code)
                .map(code -> {
                    LeadGroupTotals sector = totals.get(code);
                    return new ChartData.Bar(
                            code,
                            sector == null ? 0 : sector.count(),
                            sector == null ? BigDecimal.ZERO : sector.totalInvestment(),
                            active.withSectors(Set.of(code)));
                })
                .toList();
    }

    /**
     * The funnel of the leads first reported in the period: how many reached each stage (also those now on hold
     * or lost) and the conversion from the stage before.
     */
    public List<ChartData.FunnelStep> funnel(CockpitFilter filter) {
        DateRange period = filter.range(today());
        LeadFilter cohort = filter.leads().withReported(period.from(), period.to());
        List<LeadTally> byRank =
                figures.cohortTotals(filter.scope(), period.from(), period.to(), LeadGrouping.FURTHEST_STAGE);
        List<ChartData.FunnelStep> steps = new ArrayList<>();
        Long previous = null;
        for (LeadStage stage : MAIN_LINE) {
            long reached = byRank.stream()
                    .filter(group -> group.key() != null && Integer.parseInt(group.key()) >= stage.rank())
                    .mapToLong(LeadTally::count)
                    .sum();
            Double conversion = previous == null || previous == 0 ? null : (double) reached / previous;
            steps.add(new ChartData.FunnelStep(stage, reached, conversion, cohort.withReachedStage(stage)));
            previous = reached;
        }
        return steps;
    }

    /** New and signed leads in each of the last twelve months, this month included. */
    public List<ChartData.Month> trend(CockpitFilter filter) {
        LeadFilter base = filter.leads();
        YearMonth last = YearMonth.from(today());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        long[] reported = figures.eventCountsByMonth(LeadEvent.REPORTED, filter.scope(), months);
        long[] signed = figures.eventCountsByMonth(LeadEvent.SIGNED, filter.scope(), months);
        List<ChartData.Month> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i);
            trend.add(new ChartData.Month(
                    month,
                    reported[i],
                    signed[i],
                    base.withReported(month.atDay(1), month.atEndOfMonth()),
                    base.withSigned(month.atDay(1), month.atEndOfMonth())));
        }
        return trend;
    }

    /** Leads first reported in the period, by origin region. */
    public List<ChartData.Bar> byRegion(CockpitFilter filter) {
        return grouped(
                filter,
                LeadGrouping.REGION,
                code -> cohort(filter)
                        .with(b -> b.regions = Set.of(enumValue(com.chainleads.lead.domain.OriginRegion.class, code))));
    }

    /** Leads first reported in the period, by channel. */
    public List<ChartData.Bar> byChannel(CockpitFilter filter) {
        return grouped(
                filter,
                LeadGrouping.CHANNEL,
                code -> cohort(filter)
                        .with(b -> b.channels = Set.of(enumValue(com.chainleads.lead.domain.LeadChannel.class, code))));
    }

    /** Leads first reported in the period by project type: new projects and expansions (增资) counted apart. */
    public List<ChartData.Bar> byProjectType(CockpitFilter filter) {
        return grouped(
                filter,
                LeadGrouping.PROJECT_TYPE,
                code -> cohort(filter)
                        .with(b -> b.projectTypes =
                                Set.of(enumValue(com.chainleads.lead.domain.ProjectType.class, code))));
    }

    /** The supervision list (督办): per unit and officer, the leads breaking the response clocks. */
    public List<Supervision> supervision(CockpitFilter filter) {
        LocalDate today = today();
        LeadFilter base = filter.leads();
        LocalDate overdueBy = clocks.overdueLastActivity(today);
        LocalDate staleBy = clocks.staleLastActivity(today);
        LocalDate lateBy = clocks.lateScreeningReportedBy(today);
        return figures.clockCounts(filter.scope()).stream()
                .map(counts -> {
                    LeadFilter own = base.withOwner(counts.ownerUsername());
                    return new Supervision(
                            counts,
                            own.withStages(LeadStage.ACTIVE).withActivity(null, overdueBy),
                            own.withStages(LeadStage.ACTIVE).withActivity(overdueBy.plusDays(1), staleBy),
                            own.withStages(Set.of(LeadStage.REGISTERED)).withReported(null, lateBy));
                })
                .toList();
    }

    /** The largest projects by planned investment (not lost), with stage, owner and last follow-up. */
    public List<LeadRow> keyProjects(CockpitFilter filter, int limit) {
        return leads.findRows(
                keyProjectFilter(filter),
                PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, LeadSortKey.TOTAL_INVESTMENT.property())));
    }

    public LeadFilter keyProjectFilter(CockpitFilter filter) {
        return filter.leads().withStages(MAIN_LINE);
    }

    /** The calling officer's own to-dos. */
    public MyTodo myTodo(int limit) {
        LocalDate today = today();
        LeadFilter own = LeadFilter.NONE.withOwner(currentUser.require().getUsername());
        LocalDate overdueBy = clocks.overdueLastActivity(today);
        LeadFilter active = own.withStages(LeadStage.ACTIVE);
        return new MyTodo(
                section(active.withActivity(null, overdueBy), LeadSortKey.LAST_ACTIVITY, true, limit),
                section(
                        active.withActivity(overdueBy.plusDays(1), clocks.staleLastActivity(today)),
                        LeadSortKey.LAST_ACTIVITY,
                        true,
                        limit),
                section(
                        own.withStages(Set.of(LeadStage.REGISTERED))
                                .withReported(null, clocks.lateScreeningReportedBy(today)),
                        LeadSortKey.FIRST_REPORTED,
                        true,
                        limit),
                section(active.withNextFollowUp(null, today.minusDays(1)), LeadSortKey.NEXT_FOLLOW_UP, true, limit),
                section(active.withNextFollowUp(today, today.plusDays(7)), LeadSortKey.NEXT_FOLLOW_UP, true, limit));
    }

    private MyTodo.Section section(LeadFilter filter, LeadSortKey sort, boolean ascending, int limit) {
        Sort order = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, sort.property());
        return new MyTodo.Section(leads.findRows(filter, PageRequest.of(0, limit, order)), leads.count(filter), filter);
    }

    private LeadFilter cohort(CockpitFilter filter) {
        DateRange period = filter.range(today());
        return filter.leads().withReported(period.from(), period.to());
    }

    /** The period's cohort by one of its values, most leads first (then by code); leads without the value left out. */
    private List<ChartData.Bar> grouped(
            CockpitFilter filter, LeadGrouping grouping, Function<String, LeadFilter> drillDown) {
        DateRange period = filter.range(today());
        return figures.cohortTotals(filter.scope(), period.from(), period.to(), grouping).stream()
                .filter(group -> group.key() != null)
                .sorted(Comparator.comparingLong(LeadTally::count).reversed().thenComparing(LeadTally::key))
                .map(group ->
                        new ChartData.Bar(group.key(), group.count(), group.amount(), drillDown.apply(group.key())))
                .toList();
    }

    private static Map<String, LeadGroupTotals> byKey(List<LeadGroupTotals> groups) {
        return groups.stream()
                .filter(g -> g.key() != null)
                .collect(Collectors.toMap(LeadGroupTotals::key, Function.identity()));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(code))
                .findFirst()
                .orElseThrow();
    }
}

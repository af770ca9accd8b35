package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.cockpit.service.ChartData;
import com.chainleads.cockpit.service.CockpitFilter;
import com.chainleads.cockpit.service.CockpitPeriod;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.Kpi;
import com.chainleads.cockpit.service.Supervision;
import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.LeadEvent;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadGrouping;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTally;
import com.chainleads.lead.domain.OwnerClockCounts;
import com.chainleads.lead.service.FigureScope;
import com.chainleads.lead.service.LeadFigures;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Every figure the cockpit and the map ask for, from the summaries and from the lead table, for several users,
 * scopes and periods: they must be equal. Counts the comparisons made.
 */
final class FigureComparison {

    private final LeadFigures summaries;
    private final LeadFigures leadTable;
    private final CockpitService cockpit;
    private final CockpitService tableCockpit;
    private final ChainReferenceService chains;
    private final SignIn signIn;
    private final LocalDate today;
    private int compared;

    FigureComparison(
            LeadFigures summaries,
            LeadFigures leadTable,
            CockpitService cockpit,
            CockpitService tableCockpit,
            ChainReferenceService chains,
            SignIn signIn,
            LocalDate today) {
        this.summaries = summaries;
        this.leadTable = leadTable;
        this.cockpit = cockpit;
        this.tableCockpit = tableCockpit;
        this.chains = chains;
        this.signIn = signIn;
        this.today = today;
    }

    int compared() {
        return compared;
    }

    /** The figures of each scope and period, for each user; the map for every sector and the overview. */
    void compareAll(List<String> users, List<String> unitCodes) {
        List<String> sectorCodes =
                chains.sectors().stream().map(SectorOption::code).toList();
        List<FigureScope> scopes = new ArrayList<>();
        scopes.add(FigureScope.ALL);
        sectorCodes.forEach(code -> scopes.add(new FigureScope(Set.of(code), null)));
        unitCodes.forEach(code -> scopes.add(new FigureScope(Set.of(), code)));
        scopes.add(new FigureScope(Set.of(sectorCodes.get(0), sectorCodes.get(2)), unitCodes.get(0)));
        scopes.add(new FigureScope(Set.of("NO_SUCH_SECTOR"), null));
        scopes.add(new FigureScope(Set.of(), "NO_SUCH_UNIT"));
        List<LocalDate[]> ranges = ranges();
        for (String user : users) {
            for (FigureScope scope : scopes) {
                compareScope(user, scope, ranges);
            }
            for (SectorOption sector : chains.sectors()) {
                same(
                        user,
                        "map " + sector.code(),
                        () -> sortedTotals(summaries.activeLeadsByLinkAndStage(sector.id())),
                        () -> sortedTotals(leadTable.activeLeadsByLinkAndStage(sector.id())));
            }
            same(
                    user,
                    "map overview",
                    () -> sortedTotals(summaries.activeLeadsByLinkAndStage(null)),
                    () -> sortedTotals(leadTable.activeLeadsByLinkAndStage(null)));
            for (CockpitFilter filter : cockpitFilters(sectorCodes, unitCodes)) {
                compareCockpit(user, filter);
            }
        }
    }

    private List<LocalDate[]> ranges() {
        LocalDate yearStart = today.withDayOfYear(1);
        List<LocalDate[]> ranges = new ArrayList<>();
        ranges.add(new LocalDate[] {yearStart, yearStart.plusYears(1).minusDays(1)});
        ranges.add(new LocalDate[] {today.withDayOfMonth(1), today});
        ranges.add(new LocalDate[] {today.minusDays(400), today});
        ranges.add(new LocalDate[] {
            today.minusMonths(14).withDayOfMonth(17), today.minusMonths(2).withDayOfMonth(3)
        });
        ranges.add(new LocalDate[] {today.minusDays(45), today.minusDays(5)});
        ranges.add(new LocalDate[] {today, today});
        return ranges;
    }

    private List<CockpitFilter> cockpitFilters(List<String> sectorCodes, List<String> unitCodes) {
        return List.of(
                CockpitFilter.DEFAULT,
                new CockpitFilter(Set.of(), null, CockpitPeriod.QUARTER, null, null),
                new CockpitFilter(Set.of(sectorCodes.get(1)), null, CockpitPeriod.MONTH, null, null),
                new CockpitFilter(Set.of(), unitCodes.get(1), CockpitPeriod.CUSTOM, today.minusDays(200), today),
                new CockpitFilter(
                        Set.of(sectorCodes.get(3), sectorCodes.get(4)),
                        null,
                        CockpitPeriod.CUSTOM,
                        today.minusMonths(13).withDayOfMonth(9),
                        today.minusDays(3)));
    }

    private void compareScope(String user, FigureScope scope, List<LocalDate[]> ranges) {
        String at = scope.toString();
        for (Set<LeadStage> stages : List.of(
                LeadStage.ACTIVE,
                LeadStage.SIGNED_OR_LATER,
                Set.of(LeadStage.NEGOTIATING),
                EnumSet.allOf(LeadStage.class),
                Set.of(LeadStage.LOST, LeadStage.ON_HOLD))) {
            boolean banded = stages.equals(LeadStage.ACTIVE) || stages.equals(Set.of(LeadStage.NEGOTIATING));
            for (InvestmentBand band : banded ? List.of(InvestmentBand.values()) : List.of(InvestmentBand.ANY)) {
                same(
                        user,
                        at + " stages " + stages + " " + band,
                        () -> totals(summaries.stageTotals(scope, stages, band)),
                        () -> totals(leadTable.stageTotals(scope, stages, band)));
            }
            same(
                    user,
                    at + " by sector " + stages,
                    () -> sortedTotals(summaries.stageTotalsBySector(scope, stages)),
                    () -> sortedTotals(leadTable.stageTotalsBySector(scope, stages)));
        }
        List<YearMonth> months = new ArrayList<>();
        for (int i = 23; i >= 0; i--) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        for (LeadEvent event : LeadEvent.values()) {
            same(
                    user,
                    at + " " + event + " by month",
                    () -> java.util.Arrays.toString(summaries.eventCountsByMonth(event, scope, months)),
                    () -> java.util.Arrays.toString(leadTable.eventCountsByMonth(event, scope, months)));
            for (LocalDate[] range : ranges) {
                same(
                        user,
                        at + " " + event + " " + range[0] + "–" + range[1],
                        () -> tally(summaries.eventTotals(event, scope, range[0], range[1])),
                        () -> tally(leadTable.eventTotals(event, scope, range[0], range[1])));
            }
        }
        for (LeadGrouping grouping : List.of(
                LeadGrouping.REGION, LeadGrouping.CHANNEL, LeadGrouping.PROJECT_TYPE, LeadGrouping.FURTHEST_STAGE)) {
            for (LocalDate[] range : ranges.subList(0, 4)) {
                same(
                        user,
                        at + " cohort " + grouping + " " + range[0] + "–" + range[1],
                        () -> sortedTallies(summaries.cohortTotals(scope, range[0], range[1], grouping)),
                        () -> sortedTallies(leadTable.cohortTotals(scope, range[0], range[1], grouping)));
            }
        }
        same(
                user,
                at + " clocks",
                () -> sortedClocks(summaries.clockCounts(scope)),
                () -> sortedClocks(leadTable.clockCounts(scope)));
    }

    private void compareCockpit(String user, CockpitFilter filter) {
        String at = "cockpit " + filter;
        same(
                user,
                at + " kpis",
                () -> kpis(cockpit.kpis(filter).all()),
                () -> kpis(tableCockpit.kpis(filter).all()));
        same(user, at + " sectors", () -> bars(cockpit.bySector(filter)), () -> bars(tableCockpit.bySector(filter)));
        same(user, at + " funnel", () -> cockpit.funnel(filter), () -> tableCockpit.funnel(filter));
        same(user, at + " trend", () -> cockpit.trend(filter), () -> tableCockpit.trend(filter));
        same(user, at + " regions", () -> bars(cockpit.byRegion(filter)), () -> bars(tableCockpit.byRegion(filter)));
        same(user, at + " channels", () -> bars(cockpit.byChannel(filter)), () -> bars(tableCockpit.byChannel(filter)));
        same(
                user,
                at + " types",
                () -> bars(cockpit.byProjectType(filter)),
                () -> bars(tableCockpit.byProjectType(filter)));
        same(
                user,
                at + " supervision",
                () -> supervision(cockpit.supervision(filter)),
                () -> supervision(tableCockpit.supervision(filter)));
    }

    private <T> void same(String user, String what, Supplier<T> fromSummaries, Supplier<T> fromLeadTable) {
        T expected = signIn.as(user, fromLeadTable);
        T actual = signIn.as(user, fromSummaries);
        assertThat(actual).as(user + ": " + what).isEqualTo(expected);
        compared++;
    }

    private static String amount(@Nullable BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }

    private static String totals(LeadGroupTotals totals) {
        return totals.key() + " " + totals.count() + " " + amount(totals.totalInvestment()) + " "
                + amount(totals.signedAmount()) + " " + amount(totals.fundsReceived());
    }

    private static List<String> sortedTotals(List<LeadGroupTotals> groups) {
        return groups.stream().map(FigureComparison::totals).sorted().toList();
    }

    private static String tally(LeadTally tally) {
        return tally.key() + " " + tally.count() + " " + amount(tally.amount());
    }

    private static List<String> sortedTallies(List<LeadTally> tallies) {
        return tallies.stream().map(FigureComparison::tally).sorted().toList();
    }

    private static List<OwnerClockCounts> sortedClocks(List<OwnerClockCounts> counts) {
        return counts.stream()
                .sorted(Comparator.comparingLong(OwnerClockCounts::unitId).thenComparingLong(OwnerClockCounts::ownerId))
                .toList();
    }

    private static List<String> kpis(List<Kpi> kpis) {
        return kpis.stream()
                .map(k -> k.key() + " " + k.count() + " " + amount(k.amount()) + " " + k.previous() + " " + k.leads())
                .toList();
    }

    private static List<String> bars(List<ChartData.Bar> bars) {
        return bars.stream()
                .map(b -> b.key() + " " + b.count() + " " + amount(b.investment()) + " " + b.leads())
                .toList();
    }

    private static List<String> supervision(List<Supervision> rows) {
        return rows.stream()
                .map(row -> row.counts() + " " + row.overdue() + " " + row.stale() + " " + row.lateScreening())
                .sorted()
                .toList();
    }
}

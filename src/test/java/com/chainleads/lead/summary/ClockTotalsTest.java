package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.ResponseClocks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The supervision list's counts from the summaries (totals minus the recent days) equal the response clocks
 * lead by lead, at the boundaries of each clock.
 */
class ClockTotalsTest {

    private final Clock clock =
            Clock.fixed(java.time.Instant.parse("2026-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final LocalDate today = LocalDate.now(clock); // a Monday
    private final ResponseClocks clocks = new ResponseClocks(3, 30, 60, "2026-06-12");

    private LeadFacts lead(LeadStage stage, LocalDate reportedOn, LocalDate lastActivityOn) {
        return new LeadFacts(
                1,
                11,
                3,
                null,
                stage.rank(),
                stage.isMainLine() ? stage.rank() : 1,
                null,
                null,
                null,
                reportedOn,
                null,
                null,
                lastActivityOn,
                "",
                "SELF",
                "");
    }

    @Test
    void overdueStaleAndLateScreeningAtTheirBoundaries() {
        LocalDate overdueBy = clocks.overdueLastActivity(today);
        LocalDate staleBy = clocks.staleLastActivity(today);
        LocalDate lateBy = clocks.lateScreeningReportedBy(today);
        LocalDate longAgo = today.minusDays(400);
        List<LeadFacts> leads = new ArrayList<>();
        for (LocalDate activity : List.of(
                longAgo,
                overdueBy.minusDays(1),
                overdueBy,
                overdueBy.plusDays(1),
                staleBy,
                staleBy.plusDays(1),
                today,
                today.plusDays(2))) {
            leads.add(lead(LeadStage.CONTACT, longAgo, activity));
            leads.add(lead(LeadStage.LOST, longAgo, activity)); // not active: never on the list
            leads.add(lead(LeadStage.FULL_CAPACITY, longAgo, activity));
        }
        for (LocalDate reported : List.of(longAgo, lateBy.minusDays(1), lateBy, lateBy.plusDays(1), today)) {
            leads.add(lead(LeadStage.REGISTERED, reported, reported));
            leads.add(lead(LeadStage.SCREENING, reported, reported));
        }
        SummaryDeltas deltas = new SummaryDeltas();
        leads.forEach(lead -> deltas.change(null, lead));

        ClockTotals totals = sums(deltas.sorted(), overdueBy, staleBy, lateBy);

        long overdue = leads.stream()
                .filter(LeadFacts::isActive)
                .filter(l -> clocks.level(l.lastActivityOn(), today) == ResponseClocks.Level.OVERDUE)
                .count();
        long stale = leads.stream()
                .filter(LeadFacts::isActive)
                .filter(l -> clocks.level(l.lastActivityOn(), today) == ResponseClocks.Level.STALE)
                .count();
        long late = leads.stream()
                .filter(l -> l.stageRank() == LeadStage.REGISTERED.rank())
                .filter(l -> clocks.screeningDeadline(l.reportedOn()).isBefore(today))
                .count();
        assertThat(totals.overdue()).isEqualTo(overdue);
        assertThat(totals.stale()).isEqualTo(stale);
        assertThat(totals.lateScreening()).isEqualTo(late);
        // and the numbers themselves: 接洽考察 quiet since longAgo, overdueBy-1 and overdueBy, 线索登记 and 研判 since longAgo
        assertThat(overdue).isEqualTo(3 + 2);
        assertThat(stale).isEqualTo(2); // 接洽考察 quiet since overdueBy+1 and staleBy
        // 线索登记 reported longAgo, lateBy-1 and lateBy (Monday 8 June: Friday 12 June is a holiday)
        assertThat(lateBy).isEqualTo(LocalDate.parse("2026-06-08"));
        assertThat(late).isEqualTo(3);
    }

    /** What {@link SummaryQueries#clockTotals} adds up, over the rows the deltas would write. */
    private static ClockTotals sums(
            List<SummaryDeltas.Delta> rows, LocalDate overdueBy, LocalDate staleBy, LocalDate lateBy) {
        long activeTotal = 0;
        long registeredTotal = 0;
        long activeRecent = 0;
        long activeStale = 0;
        long registeredRecent = 0;
        for (SummaryDeltas.Delta row : rows) {
            List<Object> key = row.key().values();
            if (row.key().table() == SummaryTable.OWNER) {
                int rank = (Integer) key.get(3);
                if (Arrays.binarySearch(LeadFacts.ACTIVE_RANKS, rank) >= 0) {
                    activeTotal += row.count();
                    registeredTotal += rank == LeadStage.REGISTERED.rank() ? row.count() : 0;
                }
            } else if (row.key().table() == SummaryTable.CLOCK) {
                LocalDate day = (LocalDate) key.get(1);
                if (key.get(0).equals(LeadFacts.ACTIVE_CLOCK) && day.isAfter(overdueBy)) {
                    activeRecent += row.count();
                    activeStale += day.isAfter(staleBy) ? 0 : row.count();
                } else if (key.get(0).equals(LeadFacts.REGISTERED_CLOCK) && day.isAfter(lateBy)) {
                    registeredRecent += row.count();
                }
            }
        }
        return new ClockTotals(
                1,
                "一科",
                "Unit 1",
                11,
                "officer",
                "专员",
                activeTotal,
                activeRecent,
                activeStale,
                registeredTotal,
                registeredRecent);
    }
}

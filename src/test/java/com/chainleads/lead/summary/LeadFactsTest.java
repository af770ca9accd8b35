package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.LeadStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What one lead contributes to the summary tables, and how a change moves it. */
class LeadFactsTest {

    static final LocalDate REPORTED = LocalDate.parse("2026-03-10");

    /** A lead at 在谈 of 2亿 on link 7, with a signing date, in unit 1, owner 11, sector 3. */
    static LeadFacts negotiating() {
        return new LeadFacts(
                1,
                11,
                3,
                7L,
                LeadStage.NEGOTIATING.rank(),
                LeadStage.NEGOTIATING.rank(),
                new BigDecimal("20000.00"),
                new BigDecimal("15000.00"),
                null,
                REPORTED,
                LocalDate.parse("2026-04-02"),
                null,
                LocalDate.parse("2026-05-20"),
                "YANGTZE_DELTA",
                "EXPO",
                "NEW");
    }

    static LeadFacts with(
            LeadFacts facts,
            int stageRank,
            int furthest,
            long unit,
            long owner,
            long sector,
            Long link,
            String investment) {
        return new LeadFacts(
                unit,
                owner,
                sector,
                link,
                stageRank,
                furthest,
                new BigDecimal(investment),
                facts.signedAmount(),
                facts.fundsReceived(),
                facts.reportedOn(),
                facts.signedOn(),
                facts.landedOn(),
                facts.lastActivityOn(),
                facts.region(),
                facts.channel(),
                facts.projectType());
    }

    private static List<SummaryDeltas.Delta> deltas(LeadFacts before, LeadFacts after) {
        SummaryDeltas deltas = new SummaryDeltas();
        deltas.change(before, after);
        return deltas.sorted();
    }

    private static Map<SummaryTable, Long> rowsPerTable(List<SummaryDeltas.Delta> deltas) {
        return deltas.stream().collect(Collectors.groupingBy(d -> d.key().table(), Collectors.counting()));
    }

    @Test
    void aNewLeadCountsOnceInEveryRowItBelongsTo() {
        List<SummaryDeltas.Delta> rows = deltas(null, negotiating());

        assertThat(rows).allMatch(row -> row.count() == 1);
        assertThat(rowsPerTable(rows))
                .containsEntry(SummaryTable.STAGE, 1L)
                .containsEntry(SummaryTable.LINK, 1L)
                .containsEntry(SummaryTable.OWNER, 1L)
                // REPORTED, SIGNED, REGION, CHANNEL, PROJECT_TYPE, FURTHEST — a month row and a day row each; not
                // landed
                .containsEntry(SummaryTable.PERIOD, 12L)
                // active, no longer at 线索登记: only its last activity
                .containsEntry(SummaryTable.CLOCK, 1L);
        assertThat(rows.get(0).key().values()).containsExactly(1L, 3L, 4, InvestmentBand.OVER_100M.ordinal());
        assertThat(rows.get(0).amounts())
                .containsExactly(new BigDecimal("20000.00"), new BigDecimal("15000.00"), BigDecimal.ZERO);
        assertThat(rows)
                .filteredOn(row -> row.key().values().get(0).equals("SIGNED"))
                .extracting(row -> row.key().values().get(2), row -> row.amounts()[0])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-04-02"), new BigDecimal("15000.00")),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.parse("2026-04-01"),
                                new BigDecimal("15000.00"))); // the day row ('D') sorts before the month row ('M')
        assertThat(rows)
                .filteredOn(row -> row.key().table() == SummaryTable.CLOCK)
                .extracting(row -> row.key().values())
                .containsExactly(List.of("A", LocalDate.parse("2026-05-20"), 1L, 11L, 3L));
    }

    @Test
    void aNewLeadAtRegistrationWithoutValuesCountsWithEmptyValuesAndOnBothClocks() {
        LeadFacts registered = new LeadFacts(
                2, 21, 4, null, 1, 1, null, null, null, REPORTED, null, null, REPORTED, null, "SELF", null);
        List<SummaryDeltas.Delta> rows = deltas(null, registered);

        assertThat(rowsPerTable(rows))
                .doesNotContainKey(SummaryTable.LINK)
                .containsEntry(SummaryTable.PERIOD, 10L)
                .containsEntry(SummaryTable.CLOCK, 2L);
        assertThat(rows)
                .filteredOn(row -> row.key().values().get(0).equals("REGION"))
                .allMatch(row -> row.key().values().get(5).equals(""));
        assertThat(rows)
                .filteredOn(row -> row.key().table() == SummaryTable.CLOCK)
                .extracting(row -> row.key().values().get(0))
                .containsExactly("A", "R");
    }

    @Test
    void anEditMovesTheContributionAndLeavesTheOtherRowsAlone() {
        LeadFacts before = negotiating();
        LeadFacts after = with(before, before.stageRank(), before.furthestStageRank(), 1, 11, 5, 40L, "20000.00");

        List<SummaryDeltas.Delta> rows = deltas(before, after);

        // everything keyed by sector or link moves: -1 from sector 3 / link 7, +1 to sector 5 / link 40
        assertThat(rows).extracting(SummaryDeltas.Delta::count).containsOnly(-1L, 1L);
        assertThat(rows.stream().mapToLong(SummaryDeltas.Delta::count).sum()).isZero();
        assertThat(rowsPerTable(rows))
                .containsEntry(SummaryTable.STAGE, 2L)
                .containsEntry(SummaryTable.LINK, 2L)
                .containsEntry(SummaryTable.PERIOD, 24L);
    }

    @Test
    void aNewAmountChangesOnlyTheAmountsOfTheSameRows() {
        LeadFacts before = negotiating();
        LeadFacts after = with(before, before.stageRank(), before.furthestStageRank(), 1, 11, 3, 7L, "30000.00");

        List<SummaryDeltas.Delta> rows = deltas(before, after);

        assertThat(rows).allMatch(row -> row.count() == 0);
        assertThat(rows).allMatch(row -> row.amounts()[0].compareTo(new BigDecimal("10000")) == 0);
        // the rows with the investment: stage, link, REPORTED/REGION/CHANNEL/PROJECT_TYPE/FURTHEST (month and day)
        assertThat(rowsPerTable(rows))
                .containsEntry(SummaryTable.STAGE, 1L)
                .containsEntry(SummaryTable.LINK, 1L)
                .containsEntry(SummaryTable.PERIOD, 10L)
                .doesNotContainKeys(SummaryTable.OWNER, SummaryTable.CLOCK);
    }

    @Test
    void anEditOfValuesNoFigureUsesWritesNothing() {
        assertThat(deltas(negotiating(), negotiating())).isEmpty();
        SummaryDeltas deltas = new SummaryDeltas();
        deltas.change(null, negotiating());
        deltas.change(negotiating(), null);
        assertThat(deltas.sorted()).as("created and deleted in one transaction").isEmpty();
    }

    @Test
    void leavingTheActiveStagesLeavesTheClockAndComingBackReturnsToIt() {
        LeadFacts active = negotiating();
        LeadFacts lost = with(active, LeadStage.LOST.rank(), active.furthestStageRank(), 1, 11, 3, 7L, "20000.00");

        assertThat(deltas(active, lost))
                .filteredOn(row -> row.key().table() == SummaryTable.CLOCK)
                .extracting(SummaryDeltas.Delta::count)
                .containsExactly(-1L);
        assertThat(deltas(lost, active))
                .filteredOn(row -> row.key().table() == SummaryTable.CLOCK)
                .extracting(SummaryDeltas.Delta::count)
                .containsExactly(1L);
        assertThat(deltas(active, active.withLastActivityOn(LocalDate.parse("2026-06-01"))))
                .extracting(row -> row.key().values().get(1), SummaryDeltas.Delta::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-05-20"), -1L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-06-01"), 1L));
    }

    @Test
    void theInvestmentBandsStartAt1亿And10亿() {
        assertThat(InvestmentBand.of(null)).isEqualTo(InvestmentBand.ANY);
        assertThat(InvestmentBand.of(new BigDecimal("9999.99"))).isEqualTo(InvestmentBand.ANY);
        assertThat(InvestmentBand.of(new BigDecimal("10000"))).isEqualTo(InvestmentBand.OVER_100M);
        assertThat(InvestmentBand.of(new BigDecimal("99999.99"))).isEqualTo(InvestmentBand.OVER_100M);
        assertThat(InvestmentBand.of(new BigDecimal("100000.00"))).isEqualTo(InvestmentBand.OVER_1BN);
        assertThat(SummarySql.band())
                .isEqualTo(
                        "CASE WHEN total_investment >= 100000 THEN 2 WHEN total_investment >= 10000 THEN 1 ELSE 0 END");
    }

    @Test
    void rowsAreWrittenTableByTableInKeyOrder() {
        SummaryDeltas deltas = new SummaryDeltas();
        deltas.change(null, with(negotiating(), 2, 2, 2, 21, 4, null, "5"));
        deltas.change(null, negotiating());
        List<SummaryDeltas.Delta> rows = deltas.sorted();
        for (int i = 1; i < rows.size(); i++) {
            SummaryDeltas.Key previous = rows.get(i - 1).key();
            SummaryDeltas.Key next = rows.get(i).key();
            assertThat(previous.compareTo(next))
                    .as("%s before %s", previous, next)
                    .isNegative();
        }
        assertThat(rows.get(0).key().table()).isEqualTo(SummaryTable.STAGE);
        assertThat(rows.get(rows.size() - 1).key().table()).isEqualTo(SummaryTable.CLOCK);
    }

    @Test
    void aLargeImportKeepsOneSumPerRowNotPerLead() {
        SummaryDeltas deltas = new SummaryDeltas();
        LeadFacts lead = negotiating();
        for (int i = 0; i < 100_000; i++) {
            deltas.change(null, lead.withLastActivityOn(REPORTED.plusDays(i % 30)));
        }
        List<SummaryDeltas.Delta> rows = deltas.sorted();
        assertThat(rows).hasSize(1 + 1 + 1 + 12 + 30);
        assertThat(rows.get(0).count()).isEqualTo(100_000);
        assertThat(rows.get(0).amounts()[0]).isEqualByComparingTo("2000000000");
    }

    @Test
    void theUpsertWritesSeveralRowsAndAddsToExistingOnes() {
        assertThat(SummaryTable.LINK.upsertSql(2))
                .isEqualTo("INSERT INTO lead_summary_link (chain_link_id, unit_id, "
                        + "stage_rank, lead_count, total_investment) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?) ON DUPLICATE KEY "
                        + "UPDATE lead_count = lead_count + VALUES(lead_count), "
                        + "total_investment = total_investment + VALUES(total_investment)");
    }
}

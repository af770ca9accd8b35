package com.chainleads.tour.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadStage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TourRankingTest {

    private static final List<TourDetail.Criterion> CRITERIA =
            List.of(new TourDetail.Criterion(1, "A", "甲", "A", 30), new TourDetail.Criterion(2, "B", "乙", "B", 70));

    private static TourDetail.Stop stop(long id) {
        return new TourDetail.Stop(
                id,
                100 + id,
                (int) id,
                "ZS-" + id,
                "项目" + id,
                "投资方",
                "电子信息",
                "EI",
                null,
                LeadStage.SIGNED,
                "一科",
                "Unit 1",
                "李明");
    }

    private static Map<Long, Map<Long, BigDecimal>> sheet(Object... stopA_B) {
        Map<Long, Map<Long, BigDecimal>> sheet = new java.util.HashMap<>();
        for (int i = 0; i < stopA_B.length; i += 3) {
            sheet.put(
                    ((Number) stopA_B[i]).longValue(),
                    Map.of(
                            1L,
                            new BigDecimal(stopA_B[i + 1].toString()),
                            2L,
                            new BigDecimal(stopA_B[i + 2].toString())));
        }
        return sheet;
    }

    @Test
    void aProjectsScoreIsTheWeightedMeanAveragedOverTheMembersWhoScoredEveryCriterion() {
        List<TourDetail.Stop> stops = List.of(stop(1), stop(2));
        Map<Long, Map<Long, Map<Long, BigDecimal>>> sheets = Map.of(
                10L, sheet(1, 80, 90, 2, 60, 70),
                11L, sheet(1, 100, 80),
                12L, Map.of(2L, Map.of(1L, new BigDecimal("50")))); // half a sheet does not count

        List<RankLine> ranking = TourRanking.rank(stops, CRITERIA, sheets);

        // member 10: 80×0.3 + 90×0.7 = 87; member 11: 100×0.3 + 80×0.7 = 86 → 86.50
        assertThat(ranking.get(0).stopId()).isEqualTo(1);
        assertThat(ranking.get(0).score()).isEqualByComparingTo("86.50");
        assertThat(ranking.get(0).membersScored()).isEqualTo(2);
        // member 10 only: 60×0.3 + 70×0.7 = 67
        assertThat(ranking.get(1).score()).isEqualByComparingTo("67.00");
        assertThat(ranking.get(1).membersScored()).isEqualTo(1);
        assertThat(ranking).extracting(RankLine::board).containsOnly(RankLine.Board.NONE);
    }

    @Test
    void theBestThirdIsTheRedListTheWorstThirdTheBlackAndUnscoredProjectsRankLastOnNeither() {
        List<TourDetail.Stop> stops =
                IntStream.rangeClosed(1, 7).mapToObj(TourRankingTest::stop).toList();
        Map<Long, Map<Long, Map<Long, BigDecimal>>> sheets =
                Map.of(10L, sheet(1, 60, 60, 2, 90, 90, 3, 70, 70, 4, 80, 80, 5, 50, 50, 6, 75, 75));

        List<RankLine> ranking = TourRanking.rank(stops, CRITERIA, sheets);

        assertThat(ranking).extracting(RankLine::stopId).containsExactly(2L, 4L, 6L, 3L, 1L, 5L, 7L);
        assertThat(ranking)
                .extracting(RankLine::board)
                .containsExactly(
                        RankLine.Board.RED,
                        RankLine.Board.RED,
                        RankLine.Board.NONE,
                        RankLine.Board.NONE,
                        RankLine.Board.BLACK,
                        RankLine.Board.BLACK,
                        RankLine.Board.NONE);
        assertThat(ranking.get(6).rank()).isZero();
        assertThat(ranking.get(6).score()).isNull();
    }

    @Test
    void equalScoresKeepTheVisitingOrder() {
        List<RankLine> ranking =
                TourRanking.rank(List.of(stop(1), stop(2)), CRITERIA, Map.of(10L, sheet(2, 70, 70, 1, 70, 70)));
        assertThat(ranking).extracting(RankLine::stopId).containsExactly(1L, 2L);
        assertThat(ranking).extracting(RankLine::rank).containsExactly(1, 2);
    }
}

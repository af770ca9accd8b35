package com.chainleads.tour.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The 红黑榜 from the members' sheets. A member's score of a project is the weighted mean of their criterion scores
 * (weights from the criteria); a project's score is the mean over the members who scored it on every criterion
 * (a half-filled sheet does not count). Ranked by score, ties by visiting order; the best third is the 红榜 and the
 * worst third the 黑榜 (at least one each once three projects are scored); unscored projects rank last, on neither.
 */
final class TourRanking {

    private TourRanking() {}

    /**
     * @param scores by member id, then stop id, then criterion id
     */
    static List<RankLine> rank(
            List<TourDetail.Stop> stops,
            List<TourDetail.Criterion> criteria,
            Map<Long, Map<Long, Map<Long, BigDecimal>>> scores) {
        int totalWeight =
                criteria.stream().mapToInt(TourDetail.Criterion::weight).sum();
        List<Scored> scored = new ArrayList<>();
        for (TourDetail.Stop stop : stops) {
            BigDecimal sum = BigDecimal.ZERO;
            int members = 0;
            for (Map<Long, Map<Long, BigDecimal>> sheet : scores.values()) {
                Map<Long, BigDecimal> ofStop = sheet.getOrDefault(stop.stopId(), Map.of());
                if (totalWeight == 0 || !criteria.stream().allMatch(c -> ofStop.containsKey(c.id()))) {
                    continue;
                }
                BigDecimal weighted = BigDecimal.ZERO;
                for (TourDetail.Criterion criterion : criteria) {
                    weighted =
                            weighted.add(ofStop.get(criterion.id()).multiply(BigDecimal.valueOf(criterion.weight())));
                }
                sum = sum.add(weighted.divide(BigDecimal.valueOf(totalWeight), 4, RoundingMode.HALF_UP));
                members++;
            }
            BigDecimal score = members == 0 ? null : sum.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
            scored.add(new Scored(stop, score, members));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.score() == null)
                .thenComparing(
                        Scored::score,
                        Comparator.nullsLast(
                                Comparator.<BigDecimal>naturalOrder().reversed()))
                .thenComparingInt(s -> s.stop().position()));
        long ranked = scored.stream().filter(s -> s.score() != null).count();
        int board = ranked >= 3 ? (int) Math.max(1, ranked / 3) : 0;
        List<RankLine> lines = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            RankLine.Board place = s.score() == null
                    ? RankLine.Board.NONE
                    : i < board ? RankLine.Board.RED : i >= ranked - board ? RankLine.Board.BLACK : RankLine.Board.NONE;
            lines.add(new RankLine(
                    s.stop().stopId(),
                    s.stop().leadId(),
                    s.stop().projectName(),
                    s.stop().investorName(),
                    s.score(),
                    s.members(),
                    s.score() == null ? 0 : i + 1,
                    place));
        }
        return lines;
    }

    private record Scored(
            TourDetail.Stop stop,
            @org.jspecify.annotations.Nullable BigDecimal score,
            int members) {}
}

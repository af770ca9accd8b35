package com.chainleads.enterprise.cultivation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 创新积分 computation: each indicator's points are weight × (value × points per unit, or the points of the highest
 * band the value reaches), capped; a firm's points are their sum. A value the firm never reported scores 0.
 */
public final class PointsModel {

    private PointsModel() {}

    /** A scoring band: a value of at least {@code from} earns {@code points}. */
    public record Band(BigDecimal from, BigDecimal points) {

        /**
         * Reads {@code 3:30;5:60}; blank reads as no bands. Throws {@link IllegalArgumentException} on anything else
         * (the settings form checks before it saves).
         */
        public static List<Band> parse(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            List<Band> bands = new ArrayList<>();
            for (String part : text.split("[;；]")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] pair = part.strip().split("[:：]");
                if (pair.length != 2) {
                    throw new IllegalArgumentException(part);
                }
                bands.add(new Band(new BigDecimal(pair[0].strip()), new BigDecimal(pair[1].strip())));
            }
            bands.sort(Comparator.comparing(Band::from));
            return List.copyOf(bands);
        }

        public static String format(List<Band> bands) {
            return String.join(
                    ";",
                    bands.stream()
                            .map(b -> b.from().stripTrailingZeros().toPlainString() + ":"
                                    + b.points().stripTrailingZeros().toPlainString())
                            .toList());
        }
    }

    /** One indicator's scoring rule. */
    public record Scoring(
            ScoreIndicator indicator,
            BigDecimal weight,
            BigDecimal cap,
            @Nullable BigDecimal perUnit,
            List<Band> bands) {}

    /** One line of a firm's breakdown. */
    public record Line(ScoreIndicator indicator, @Nullable BigDecimal value, BigDecimal points, BigDecimal cap) {}

    /** A firm's points and the lines they add up from, in model order. */
    public record Breakdown(List<Line> lines, BigDecimal total) {}

    public static Breakdown score(List<Scoring> model, FirmFacts facts) {
        List<Line> lines = model.stream()
                .sorted(Comparator.comparing(Scoring::indicator))
                .map(scoring -> line(scoring, value(scoring.indicator(), facts)))
                .toList();
        BigDecimal total = lines.stream().map(Line::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Breakdown(lines, total.setScale(2, RoundingMode.HALF_UP));
    }

    private static Line line(Scoring scoring, @Nullable BigDecimal value) {
        BigDecimal raw = BigDecimal.ZERO;
        if (value != null) {
            if (scoring.perUnit() != null) {
                raw = value.multiply(scoring.perUnit());
            } else {
                for (Band band : scoring.bands()) {
                    if (value.compareTo(band.from()) >= 0) {
                        raw = band.points();
                    }
                }
            }
        }
        BigDecimal points = scoring.weight().multiply(raw).min(scoring.cap()).max(BigDecimal.ZERO);
        return new Line(scoring.indicator(), value, points.setScale(2, RoundingMode.HALF_UP), scoring.cap());
    }

    static @Nullable BigDecimal value(ScoreIndicator indicator, FirmFacts facts) {
        return switch (indicator) {
            case RD_EXPENSE -> facts.rdExpenseWan();
            case RD_SHARE -> facts.rdShare();
            case RD_STAFF_SHARE -> facts.rdStaffShare();
            case INVENTION_PATENTS -> BigDecimal.valueOf(facts.inventionPatents());
            case UTILITY_PATENTS -> BigDecimal.valueOf(facts.utilityPatents());
            case DESIGN_PATENTS -> BigDecimal.valueOf(facts.designPatents());
            case SOFTWARE_COPYRIGHTS -> BigDecimal.valueOf(facts.softwareCopyrights());
            case NATIONAL_PLATFORMS -> BigDecimal.valueOf(facts.nationalPlatforms());
            case PROVINCIAL_PLATFORMS -> BigDecimal.valueOf(facts.provincialPlatforms());
            case CITY_PLATFORMS -> BigDecimal.valueOf(facts.cityPlatforms());
            case REVENUE_GROWTH -> facts.revenueGrowth();
            case TAX -> facts.taxWan();
            case TOP_TIER ->
                facts.topTier() == null
                        ? null
                        : BigDecimal.valueOf(facts.topTier().ordinal() + 1L);
        };
    }
}

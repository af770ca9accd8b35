package com.chainleads.enterprise.cultivation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.CultivationCriterion.Rule;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStanding.Standing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The default criteria and points model (as in {@code data/cultivation_criterion.csv} and
 * {@code data/innovation_indicator.csv}) on a known table of firms, with the exact points and gaps expected.
 */
class CultivationRulesTest {

    static final List<Rule> CRITERIA = List.of(
            rule(CultivationTier.TECH_SME, CriterionKind.RD_SHARE, null, null, "3"),
            rule(CultivationTier.TECH_SME, CriterionKind.RD_STAFF_SHARE, null, null, "10"),
            rule(CultivationTier.TECH_SME, CriterionKind.IP_TOTAL, null, null, "1"),
            rule(CultivationTier.HIGH_TECH, CriterionKind.REVENUE, null, null, "0"),
            rule(CultivationTier.HIGH_TECH, CriterionKind.RD_SHARE, null, "5000", "5"),
            rule(CultivationTier.HIGH_TECH, CriterionKind.RD_SHARE, "5000", "20000", "4"),
            rule(CultivationTier.HIGH_TECH, CriterionKind.RD_SHARE, "20000", null, "3"),
            rule(CultivationTier.HIGH_TECH, CriterionKind.RD_STAFF_SHARE, null, null, "10"),
            rule(CultivationTier.HIGH_TECH, CriterionKind.IP_TOTAL, null, null, "1"),
            rule(CultivationTier.SINGLE_CHAMPION, CriterionKind.REVENUE, null, null, "40000"),
            rule(CultivationTier.SINGLE_CHAMPION, CriterionKind.RD_SHARE, null, null, "3"),
            rule(CultivationTier.SINGLE_CHAMPION, CriterionKind.INVENTION_PATENTS, null, null, "5"));

    static final List<PointsModel.Scoring> MODEL = List.of(
            banded(ScoreIndicator.RD_EXPENSE, "100", "100:20;500:50;1000:80;3000:100"),
            banded(ScoreIndicator.RD_SHARE, "100", "3:30;5:60;8:80;10:100"),
            banded(ScoreIndicator.RD_STAFF_SHARE, "60", "10:20;20:40;30:60"),
            perUnit(ScoreIndicator.INVENTION_PATENTS, "100", "10"),
            perUnit(ScoreIndicator.UTILITY_PATENTS, "40", "2"),
            perUnit(ScoreIndicator.DESIGN_PATENTS, "10", "1"),
            perUnit(ScoreIndicator.SOFTWARE_COPYRIGHTS, "20", "1"),
            perUnit(ScoreIndicator.NATIONAL_PLATFORMS, "120", "60"),
            perUnit(ScoreIndicator.PROVINCIAL_PLATFORMS, "60", "30"),
            perUnit(ScoreIndicator.CITY_PLATFORMS, "30", "10"),
            banded(ScoreIndicator.REVENUE_GROWTH, "60", "0:10;10:30;20:45;30:60"),
            banded(ScoreIndicator.TAX, "60", "50:10;100:20;500:40;1000:60"),
            banded(ScoreIndicator.TOP_TIER, "100", "1:10;2:30;3:50;4:80;5:100"));

    /** No tier; 2025 revenue 3000 万 (2500 the year before), R&D 96 万, 8 of 100 staff in R&D, 3 IP, 1 city platform. */
    static final FirmFacts UNRANKED = new FirmFacts(
            2025, amount("3000"), amount("2500"), amount("120"), amount("96"), 8, 100, 0, 2, 0, 1, 0, 0, 1, Set.of());

    /** 科技型中小企业; revenue 8000 万, R&D 256 万 (3.2 %), 15 % R&D staff, 2 invention patents, 3 national platforms. */
    static final FirmFacts TECH_SME = new FirmFacts(
            2025,
            amount("8000"),
            null,
            null,
            amount("256"),
            15,
            100,
            2,
            0,
            0,
            0,
            3,
            0,
            0,
            Set.of(CultivationTier.TECH_SME));

    /** 高新 and 小巨人, no figures at all. */
    static final FirmFacts GIANT_WITHOUT_FIGURES = new FirmFacts(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            Set.of(CultivationTier.HIGH_TECH, CultivationTier.LITTLE_GIANT));

    @Test
    void aFirmWithoutATierIsCheckedAgainstTheTechSmeCriteria() {
        List<TierCriteria.Result> results = TierCriteria.check(CultivationTier.TECH_SME, CRITERIA, UNRANKED);

        assertThat(results)
                .extracting(
                        TierCriteria.Result::kind, r -> plain(r.value()), TierCriteria.Result::met, r -> plain(r.gap()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CriterionKind.RD_SHARE, "3.2", true, "0"),
                        org.assertj.core.groups.Tuple.tuple(CriterionKind.RD_STAFF_SHARE, "8", false, "2"),
                        org.assertj.core.groups.Tuple.tuple(CriterionKind.IP_TOTAL, "3", true, "0"));
        assertThat(TierCriteria.gap(results)).isEqualByComparingTo("0.2");
    }

    @Test
    void theHighTechRdShareIsTheOneOfTheFirmsRevenueBandAndItsGapIsInPercentagePoints() {
        List<TierCriteria.Result> results = TierCriteria.check(CultivationTier.HIGH_TECH, CRITERIA, TECH_SME);

        assertThat(results)
                .extracting(TierCriteria.Result::kind)
                .containsExactly(
                        CriterionKind.REVENUE,
                        CriterionKind.RD_SHARE,
                        CriterionKind.RD_STAFF_SHARE,
                        CriterionKind.IP_TOTAL);
        TierCriteria.Result rdShare = results.get(1);
        assertThat(rdShare.threshold()).isEqualByComparingTo("4");
        assertThat(rdShare.value()).isEqualByComparingTo("3.2");
        assertThat(rdShare.met()).isFalse();
        assertThat(rdShare.gap()).isEqualByComparingTo("0.8");
        assertThat(results).filteredOn(TierCriteria.Result::met).hasSize(3);
        assertThat(TierCriteria.gap(results)).isEqualByComparingTo("0.2");
    }

    @Test
    void figuresNeverReportedAreMissingByTheWholeThreshold() {
        List<TierCriteria.Result> results =
                TierCriteria.check(CultivationTier.SINGLE_CHAMPION, CRITERIA, GIANT_WITHOUT_FIGURES);

        assertThat(results).extracting(r -> plain(r.gap())).containsExactly("40000", "3", "5");
        assertThat(results).noneMatch(TierCriteria.Result::met);
        assertThat(TierCriteria.gap(results)).isEqualByComparingTo("3");
    }

    @Test
    void aZeroThresholdAsksForMoreThanNothing() {
        FirmFacts noRevenue = new FirmFacts(
                2025, BigDecimal.ZERO, null, null, null, 0, 10, 1, 0, 0, 0, 0, 0, 0, Set.of(CultivationTier.TECH_SME));

        TierCriteria.Result revenue = TierCriteria.check(CultivationTier.HIGH_TECH, CRITERIA, noRevenue)
                .get(0);

        assertThat(revenue.kind()).isEqualTo(CriterionKind.REVENUE);
        assertThat(revenue.met()).isFalse();
    }

    @Test
    void pointsAddUpBandsAndPerUnitPointsUnderTheirCaps() {
        PointsModel.Breakdown unranked = PointsModel.score(MODEL, UNRANKED);
        // R&D share 3.2 → 30, utility 2 × 2 = 4, software 1, city platform 10, growth 20 % → 45, tax 120 → 20
        assertThat(unranked.total()).isEqualByComparingTo("110");
        assertThat(points(unranked, ScoreIndicator.RD_EXPENSE)).isEqualByComparingTo("0");
        assertThat(points(unranked, ScoreIndicator.REVENUE_GROWTH)).isEqualByComparingTo("45");

        PointsModel.Breakdown techSme = PointsModel.score(MODEL, TECH_SME);
        // R&D 256 → 20, share → 30, staff 15 % → 20, invention 2 × 10 = 20, national 3 × 60 = 180 capped at 120, rung 1
        // → 10
        assertThat(techSme.total()).isEqualByComparingTo("220");
        assertThat(points(techSme, ScoreIndicator.NATIONAL_PLATFORMS)).isEqualByComparingTo("120");

        assertThat(PointsModel.score(MODEL, GIANT_WITHOUT_FIGURES).total()).isEqualByComparingTo("80");
    }

    @Test
    void aWeightMultipliesTheIndicatorsPointsBeforeTheCap() {
        List<PointsModel.Scoring> weighted = List.of(
                new PointsModel.Scoring(
                        ScoreIndicator.RD_SHARE,
                        new BigDecimal("1.5"),
                        new BigDecimal("40"),
                        null,
                        PointsModel.Band.parse("3:30")),
                new PointsModel.Scoring(
                        ScoreIndicator.TAX,
                        new BigDecimal("0.5"),
                        new BigDecimal("60"),
                        null,
                        PointsModel.Band.parse("100:20")));

        PointsModel.Breakdown breakdown = PointsModel.score(weighted, UNRANKED);

        assertThat(points(breakdown, ScoreIndicator.RD_SHARE)).isEqualByComparingTo("40");
        assertThat(points(breakdown, ScoreIndicator.TAX)).isEqualByComparingTo("10");
        assertThat(breakdown.total()).isEqualByComparingTo("50");
    }

    @Test
    void theStandingCountsCriteriaTowardsTheNextTierAndNoneAtTheTop() {
        Standing unranked = Cultivation.standing(UNRANKED, CRITERIA, MODEL);
        assertThat(unranked.nextTier()).isEqualTo(CultivationTier.TECH_SME);
        assertThat(unranked.criteriaMet()).isEqualTo(2);
        assertThat(unranked.criteriaMissing()).isEqualTo(1);
        assertThat(unranked.points()).isEqualByComparingTo("110");

        Standing giant = Cultivation.standing(GIANT_WITHOUT_FIGURES, CRITERIA, MODEL);
        assertThat(giant.nextTier()).isEqualTo(CultivationTier.SINGLE_CHAMPION);
        assertThat(giant.criteriaMissing()).isEqualTo(3);

        FirmFacts champion = new FirmFacts(
                null, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, Set.of(CultivationTier.SINGLE_CHAMPION));
        Standing top = Cultivation.standing(champion, CRITERIA, MODEL);
        assertThat(top.nextTier()).isNull();
        assertThat(top.criteriaMet() + top.criteriaMissing()).isZero();
        assertThat(top.points()).isEqualByComparingTo("100");
    }

    @Test
    void bandsAreReadInAnyOrderAndRefusedWhenMalformed() {
        assertThat(PointsModel.Band.format(PointsModel.Band.parse("5:60；3:30"))).isEqualTo("3:30;5:60");
        assertThatThrownBy(() -> PointsModel.Band.parse("3-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsModel.Band.parse("x:30")).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal points(PointsModel.Breakdown breakdown, ScoreIndicator indicator) {
        return breakdown.lines().stream()
                .filter(l -> l.indicator() == indicator)
                .findFirst()
                .orElseThrow()
                .points();
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static Rule rule(
            CultivationTier tier, CriterionKind kind, @Nullable String above, @Nullable String upTo, String threshold) {
        return new Rule(
                tier,
                kind,
                above == null ? null : new BigDecimal(above),
                upTo == null ? null : new BigDecimal(upTo),
                new BigDecimal(threshold));
    }

    private static PointsModel.Scoring banded(ScoreIndicator indicator, String cap, String bands) {
        return new PointsModel.Scoring(
                indicator, BigDecimal.ONE, new BigDecimal(cap), null, PointsModel.Band.parse(bands));
    }

    private static PointsModel.Scoring perUnit(ScoreIndicator indicator, String cap, String perUnit) {
        return new PointsModel.Scoring(
                indicator, BigDecimal.ONE, new BigDecimal(cap), new BigDecimal(perUnit), List.of());
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}

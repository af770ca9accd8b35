package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.CultivationCriterion.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a firm against the criteria of a tier: each applicable rule met or missing, and by how much. A value
 * reaches its threshold when it is at least the threshold; a threshold of 0 asks for more than nothing (高新: 营业收入
 * &gt; 0). A figure the firm never reported counts as missing by the whole threshold.
 */
public final class TierCriteria {

    private TierCriteria() {}

    /** One criterion for one firm: its value (null when not reported), met or not, and the gap when missing. */
    public record Result(
            CriterionKind kind,
            BigDecimal threshold,
            @Nullable BigDecimal value,
            boolean met,
            BigDecimal gap) {

        /** The gap as a share of the threshold, at most 1 (a zero threshold missed counts 1). */
        BigDecimal relativeGap() {
            if (met) {
                return BigDecimal.ZERO;
            }
            if (threshold.signum() == 0) {
                return BigDecimal.ONE;
            }
            return gap.divide(threshold, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        }
    }

    /** The results of the tier's rules that apply to this firm (banded rules by its latest revenue), in rule order. */
    public static List<Result> check(CultivationTier tier, List<Rule> rules, FirmFacts facts) {
        return rules.stream()
                .filter(rule -> rule.tier() == tier && rule.appliesTo(facts.revenueWan()))
                .map(rule -> result(rule, facts))
                .toList();
    }

    /** The summed relative gap of the missing criteria: 0 when every criterion is met. */
    public static BigDecimal gap(List<Result> results) {
        return results.stream()
                .map(Result::relativeGap)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(4, RoundingMode.HALF_UP);
    }

    private static Result result(Rule rule, FirmFacts facts) {
        BigDecimal value = value(rule.kind(), facts);
        BigDecimal threshold = rule.threshold();
        boolean met = value != null && (threshold.signum() == 0 ? value.signum() > 0 : value.compareTo(threshold) >= 0);
        BigDecimal gap = met
                ? BigDecimal.ZERO
                : threshold.subtract(value == null ? BigDecimal.ZERO : value).max(BigDecimal.ZERO);
        return new Result(rule.kind(), threshold, value, met, gap);
    }

    static @Nullable BigDecimal value(CriterionKind kind, FirmFacts facts) {
        return switch (kind) {
            case REVENUE -> facts.revenueWan();
            case RD_EXPENSE -> facts.rdExpenseWan();
            case RD_SHARE -> facts.rdShare();
            case RD_STAFF_SHARE -> facts.rdStaffShare();
            case IP_TOTAL -> facts.year() == null ? null : BigDecimal.valueOf(facts.ipTotal());
            case INVENTION_PATENTS -> facts.year() == null ? null : BigDecimal.valueOf(facts.inventionPatents());
            case REVENUE_GROWTH -> facts.revenueGrowth();
        };
    }
}

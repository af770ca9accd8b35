package com.chainleads.chain.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LinkTierCount;
import com.chainleads.chain.domain.StrengthRule;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a link's strength is weighed (reference data {@code link_strength_rule}): each local firm counts with the
 * weight of the top tier it holds — a 小巨人 or 单项冠军 for more than an unranked firm — and the summed weights
 * make the link strong from {@code strongMin}, weak from {@code weakMin}, missing below.
 */
public record StrengthRules(
        Map<CultivationTier, BigDecimal> tierWeights,
        BigDecimal unrankedWeight,
        BigDecimal strongMin,
        BigDecimal weakMin) {

    public static final String UNRANKED = "UNRANKED";
    public static final String STRONG_MIN = "STRONG_MIN";
    public static final String WEAK_MIN = "WEAK_MIN";

    public StrengthRules {
        if (weakMin.signum() <= 0 || strongMin.compareTo(weakMin) <= 0) {
            throw new IllegalArgumentException(
                    "Need 0 < WEAK_MIN < STRONG_MIN, got WEAK_MIN " + weakMin + ", STRONG_MIN " + strongMin);
        }
        if (unrankedWeight.signum() < 0 || tierWeights.values().stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("Tier weights must not be negative: " + tierWeights);
        }
        tierWeights = Map.copyOf(tierWeights);
    }

    /** The rules from the reference rows; a tier without a row weighs as an unranked firm. */
    public static StrengthRules of(Collection<StrengthRule> rows) {
        Map<String, BigDecimal> byCode = new java.util.HashMap<>();
        rows.forEach(row -> byCode.put(row.getCode(), row.getPoints()));
        BigDecimal unranked = require(byCode, UNRANKED);
        Map<CultivationTier, BigDecimal> weights = new EnumMap<>(CultivationTier.class);
        for (CultivationTier tier : CultivationTier.values()) {
            weights.put(tier, byCode.getOrDefault(tier.name(), unranked));
        }
        return new StrengthRules(weights, unranked, require(byCode, STRONG_MIN), require(byCode, WEAK_MIN));
    }

    private static BigDecimal require(Map<String, BigDecimal> byCode, String code) {
        BigDecimal points = byCode.get(code);
        if (points == null) {
            throw new IllegalStateException("link_strength_rule has no row " + code);
        }
        return points;
    }

    public BigDecimal weight(@Nullable CultivationTier tier) {
        return tier == null ? unrankedWeight : tierWeights.getOrDefault(tier, unrankedWeight);
    }

    /** The summed weights of a link's firms, given how many hold each top tier (key {@code null}: none). */
    public BigDecimal score(Collection<LinkTierCount> counts) {
        return counts.stream()
                .map(count -> weight(count.tier()).multiply(BigDecimal.valueOf(count.count())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LinkStrength strengthOf(BigDecimal score) {
        if (score.compareTo(strongMin) >= 0) {
            return LinkStrength.STRONG;
        }
        return score.compareTo(weakMin) >= 0 ? LinkStrength.WEAK : LinkStrength.MISSING;
    }
}

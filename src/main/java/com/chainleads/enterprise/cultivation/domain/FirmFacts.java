package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the criteria and the points look at for one firm: its latest year of figures (and the revenue of the year
 * before, for growth), its platforms by level and the tiers it holds today. Shares are percentages rounded to two
 * decimals, as they are shown.
 */
public record FirmFacts(
        @Nullable Integer year,
        @Nullable BigDecimal revenueWan,
        @Nullable BigDecimal previousRevenueWan,
        @Nullable BigDecimal taxWan,
        @Nullable BigDecimal rdExpenseWan,
        @Nullable Integer rdStaff,
        @Nullable Integer staff,
        int inventionPatents,
        int utilityPatents,
        int designPatents,
        int softwareCopyrights,
        int nationalPlatforms,
        int provincialPlatforms,
        int cityPlatforms,
        Set<CultivationTier> tiersHeld) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A firm with no figures, no platforms and no tier. */
    public static FirmFacts none() {
        return new FirmFacts(null, null, null, null, null, null, null, 0, 0, 0, 0, 0, 0, 0, Set.of());
    }

    public @Nullable BigDecimal rdShare() {
        return percent(rdExpenseWan, revenueWan);
    }

    public @Nullable BigDecimal rdStaffShare() {
        return percent(
                rdStaff == null ? null : BigDecimal.valueOf(rdStaff), staff == null ? null : BigDecimal.valueOf(staff));
    }

    /** Revenue growth on the year before in %, unknown without two years or from a zero revenue. */
    public @Nullable BigDecimal revenueGrowth() {
        if (revenueWan == null || previousRevenueWan == null) {
            return null;
        }
        BigDecimal change = percent(revenueWan.subtract(previousRevenueWan), previousRevenueWan);
        return change;
    }

    public int ipTotal() {
        return inventionPatents + utilityPatents + designPatents + softwareCopyrights;
    }

    /** The highest tier held today, or null. */
    public @Nullable CultivationTier topTier() {
        return tiersHeld.stream().max(Enum::compareTo).orElse(null);
    }

    /** The rung above the highest tier held (科技型中小企业 for a firm with none); null at the top. */
    public @Nullable CultivationTier nextTier() {
        CultivationTier top = topTier();
        if (top == null) {
            return CultivationTier.TECH_SME;
        }
        CultivationTier[] tiers = CultivationTier.values();
        return top.ordinal() + 1 < tiers.length ? tiers[top.ordinal() + 1] : null;
    }

    private static @Nullable BigDecimal percent(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}

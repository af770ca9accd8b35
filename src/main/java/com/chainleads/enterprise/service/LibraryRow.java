package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One enterprise as the library's grid shows it: a light projection loaded page by page, with the tiers it holds
 * today and its number of innovation platforms (two grouped queries per page, never per row).
 */
public record LibraryRow(
        long id,
        String name,
        String creditCode,
        @Nullable String sectorCode,
        @Nullable String sectorNameZh,
        @Nullable String sectorNameEn,
        boolean aboveScale,
        @Nullable BigDecimal annualOutputWan,
        @Nullable Integer jobs,
        Set<CultivationTier> tiers,
        long platforms) {

    /** The highest tier held today, if any. */
    public @Nullable CultivationTier topTier() {
        return tiers.stream().max(Enum::compareTo).orElse(null);
    }

    LibraryRow with(Set<CultivationTier> heldTiers, long platformCount) {
        return new LibraryRow(
                id,
                name,
                creditCode,
                sectorCode,
                sectorNameZh,
                sectorNameEn,
                aboveScale,
                annualOutputWan,
                jobs,
                heldTiers,
                platformCount);
    }
}

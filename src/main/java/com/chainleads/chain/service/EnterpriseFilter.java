package com.chainleads.chain.service;

import com.chainleads.chain.domain.CultivationTier;
import org.jspecify.annotations.Nullable;

/** Which local enterprises to list: by name or credit code text, sector, chain link and cultivation tier. */
public record EnterpriseFilter(
        @Nullable String text,
        @Nullable Long sectorId,
        @Nullable Long linkId,
        @Nullable CultivationTier tier) {

    public static EnterpriseFilter all() {
        return new EnterpriseFilter(null, null, null, null);
    }

    public EnterpriseFilter withText(@Nullable String newText) {
        return new EnterpriseFilter(newText, sectorId, linkId, tier);
    }
}

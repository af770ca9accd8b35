package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One firm's stored standing with its name and sector, as the candidates list, the ranking and the exports show it. */
public record StandingRow(
        long enterpriseId,
        String name,
        @Nullable String sectorNameZh,
        @Nullable String sectorNameEn,
        @Nullable CultivationTier nextTier,
        int criteriaMet,
        int criteriaMissing,
        BigDecimal gap,
        BigDecimal points,
        @Nullable BigDecimal rdExpenseWan) {}

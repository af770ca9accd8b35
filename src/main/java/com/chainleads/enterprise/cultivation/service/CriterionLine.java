package com.chainleads.enterprise.cultivation.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.CriterionKind;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A tier's criterion as the settings show it. */
public record CriterionLine(
        long id,
        long version,
        CultivationTier tier,
        CriterionKind kind,
        @Nullable BigDecimal revenueAboveWan,
        @Nullable BigDecimal revenueUpToWan,
        BigDecimal threshold) {}

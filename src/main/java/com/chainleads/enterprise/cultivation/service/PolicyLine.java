package com.chainleads.enterprise.cultivation.service;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A reward policy and its rule; {@code id} null for a new one in the form. */
public record PolicyLine(
        @Nullable Long id,
        long version,
        @Nullable String name,
        @Nullable String award,
        @Nullable Integer topN,
        @Nullable BigDecimal minPoints,
        @Nullable BigDecimal minRdExpenseWan,
        @Nullable CultivationTier requiredTier) {}

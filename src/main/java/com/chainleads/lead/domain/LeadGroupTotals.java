package com.chainleads.lead.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Sums over a group of leads: how many, their total planned investment, signed amount and funds received (万元).
 * {@code key} is the group's code (sector code, stage, region …; the rank for the furthest stage), or null for
 * leads without a value, or for an ungrouped total.
 */
public record LeadGroupTotals(
        @Nullable String key,
        long count,
        BigDecimal totalInvestment,
        BigDecimal signedAmount,
        BigDecimal fundsReceived) {}

package com.chainleads.cockpit.service;

import com.chainleads.lead.service.LeadFilter;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One figure of the cockpit: a count and, where it has one, an amount in 万元; the lead list filter that shows
 * exactly the leads behind it; and a figure to compare with (e.g. last month), if any.
 */
public record Kpi(
        String key,
        long count,
        @Nullable BigDecimal amount,
        LeadFilter leads,
        @Nullable Long previous) {}

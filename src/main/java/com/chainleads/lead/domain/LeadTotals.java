package com.chainleads.lead.domain;

import java.math.BigDecimal;

/** How many leads match a filter and their total planned investment in 万元. */
public record LeadTotals(long count, BigDecimal totalInvestment) {}

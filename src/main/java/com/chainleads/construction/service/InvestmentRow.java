package com.chainleads.construction.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One month of 完成投资 (万元) with the running totals up to it. */
public record InvestmentRow(
        long id,
        long version,
        YearMonth month,
        @Nullable BigDecimal planned,
        @Nullable BigDecimal completed,
        BigDecimal cumulativePlanned,
        BigDecimal cumulativeCompleted) {}

package com.chainleads.construction.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A month's figures as the form sends them; {@code id} empty for a new month (version 0). */
public record InvestmentDraft(
        @Nullable Long id,
        long version,
        @Nullable YearMonth month,
        @Nullable BigDecimal planned,
        @Nullable BigDecimal completed) {}

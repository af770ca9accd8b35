package com.chainleads.enterprise.cultivation.service;

import com.chainleads.enterprise.cultivation.domain.ScoreIndicator;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An indicator of the points model as the settings show and edit it; bands as written ({@code 3:30;5:60}). */
public record IndicatorLine(
        long id,
        long version,
        ScoreIndicator indicator,
        BigDecimal weight,
        BigDecimal cap,
        @Nullable BigDecimal perUnit,
        @Nullable String bands) {}

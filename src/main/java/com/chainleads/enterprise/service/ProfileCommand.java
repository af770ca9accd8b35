package com.chainleads.enterprise.service;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An enterprise's own fields as entered on its page. */
public record ProfileCommand(
        @Nullable String name,
        @Nullable String creditCode,
        @Nullable Long sectorId,
        Set<Long> linkIds,
        boolean aboveScale,
        @Nullable BigDecimal annualOutputWan,
        @Nullable Integer jobs) {}

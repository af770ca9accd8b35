package com.chainleads.chain.service;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a local enterprise. */
public record EnterpriseCommand(
        @Nullable String name,
        @Nullable String creditCode,
        @Nullable CultivationTier cultivationTier,
        @Nullable BigDecimal annualOutputWan,
        @Nullable Integer jobs,
        Set<Long> linkIds) {}

package com.chainleads.chain.service;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A local enterprise as the map's side panel lists it. */
public record EnterpriseOnLink(
        long id,
        String name,
        String creditCode,
        @Nullable CultivationTier cultivationTier,
        @Nullable BigDecimal annualOutputWan,
        @Nullable Integer jobs) {}

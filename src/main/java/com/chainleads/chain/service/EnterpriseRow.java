package com.chainleads.chain.service;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A local enterprise as listed and edited by administrators, with the chain links it works on. */
public record EnterpriseRow(
        long id,
        long version,
        String name,
        String creditCode,
        @Nullable CultivationTier cultivationTier,
        @Nullable BigDecimal annualOutputWan,
        @Nullable Integer jobs,
        List<ChainLinkOption> links) {}

package com.chainleads.enterprise.domain;

import com.chainleads.chain.domain.CultivationTier;
import java.time.LocalDate;

/** A tier held by a named enterprise, with its dates (the ladder's lists). */
public record HoldingLine(
        long enterpriseId, String enterpriseName, CultivationTier tier, LocalDate grantedOn, LocalDate validUntil) {}

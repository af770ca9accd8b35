package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A tier granted to an enterprise; without {@code validUntil} the tier's validity (reference data) decides it. */
public record TierCommand(
        @Nullable CultivationTier tier,
        @Nullable LocalDate grantedOn,
        @Nullable LocalDate validUntil,
        @Nullable String certificateNo) {}

package com.chainleads.claim.service;

import com.chainleads.claim.domain.ClaimOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A leader's ruling on a 撞单 claim: the outcome, for {@link ClaimOutcome#SHARE} the claimant unit's percent of the
 * credit (the first reporter's unit has the rest), and why.
 */
public record Ruling(
        @Nullable ClaimOutcome outcome, @Nullable Integer claimantPercent, String reason) {}

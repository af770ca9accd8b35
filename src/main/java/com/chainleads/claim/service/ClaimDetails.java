package com.chainleads.claim.service;

import com.chainleads.claim.domain.MatchReason;
import com.chainleads.claim.domain.Protection;
import com.chainleads.lead.service.LeadDetails;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim as a leader rules on it: the claim, both leads in full, the first report's protection today, and —
 * once ruled — the ruling and any credit split.
 */
public record ClaimDetails(
        ClaimRow claim,
        MatchReason matchReason,
        String reason,
        @Nullable String rulingReason,
        LeadDetails claimLead,
        LeadDetails firstLead,
        Protection protection,
        List<ShareRow> shares) {}

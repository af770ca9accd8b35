package com.chainleads.lead.service;

import com.chainleads.base.domain.BusinessRuleException;
import java.time.Instant;

/**
 * The lead was changed by someone else since the user loaded it; names who and when, so the user can
 * compare and re-apply their input instead of silently overwriting.
 */
public class LeadConflictException extends BusinessRuleException {

    private final long leadId;
    private final String changedBy;
    private final Instant changedAt;

    public LeadConflictException(long leadId, String changedBy, Instant changedAt) {
        super("lead.error.conflict", changedBy);
        this.leadId = leadId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long leadId() {
        return leadId;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

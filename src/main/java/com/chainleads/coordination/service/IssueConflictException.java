package com.chainleads.coordination.service;

import com.chainleads.base.domain.BusinessRuleException;
import java.time.Instant;

/** Someone changed the issue since the user loaded it: nothing is saved, the form keeps what the user typed. */
public class IssueConflictException extends BusinessRuleException {

    private final String changedBy;
    private final Instant changedAt;

    public IssueConflictException(String changedBy, Instant changedAt) {
        super(null, "coordination.error.conflict", changedBy);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}

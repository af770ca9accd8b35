package com.chainleads.enterprise.service;

import com.chainleads.enterprise.domain.EnterpriseAuditEntry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an enterprise's change log. */
public record ChangeLine(
        Instant occurredAt,
        String actorName,
        EnterpriseAuditEntry.Subject subject,
        EnterpriseAuditEntry.Action action,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue) {}

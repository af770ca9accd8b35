package com.chainleads.lead.service;

import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An entry of a lead's change log (变更记录), ready to be put into words. */
public record AuditRow(
        long id,
        Instant occurredAt,
        String actorName,
        AuditAction action,
        AuditSubject subject,
        long subjectId,
        List<AuditChange> changes,
        @Nullable String note) {}

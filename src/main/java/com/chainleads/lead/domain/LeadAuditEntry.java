package com.chainleads.lead.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.AppendOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One audited change of a lead or of one of its follow-ups: who, when, and each field's old → new value
 * (as JSON, see {@code LeadAudit}). Written once, never changed or deleted by the application; it keeps no
 * foreign key to the lead so it survives the lead's deletion.
 */
@Entity
@Immutable
@AppendOnly
@Table(name = "lead_audit_entry")
public class LeadAuditEntry extends AbstractEntity {

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Column(name = "lead_no", nullable = false, length = 20, updatable = false)
    private String leadNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 20, updatable = false)
    private AuditSubject subject;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 10, updatable = false)
    private AuditAction action;

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Lob
    @Column(name = "changes", nullable = false, length = Length.LONG32, updatable = false)
    private String changes;

    @Column(name = "note", length = 500, updatable = false)
    private @Nullable String note;

    protected LeadAuditEntry() {}

    public LeadAuditEntry(
            long leadId,
            String leadNo,
            AuditSubject subject,
            long subjectId,
            AuditAction action,
            @Nullable Long actorId,
            String actorName,
            Instant occurredAt,
            String changes,
            @Nullable String note) {
        this.leadId = leadId;
        this.leadNo = leadNo;
        this.subject = subject;
        this.subjectId = subjectId;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.changes = changes;
        this.note = note;
    }

    public long getLeadId() {
        return leadId;
    }

    public String getLeadNo() {
        return leadNo;
    }

    public AuditSubject getSubject() {
        return subject;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public AuditAction getAction() {
        return action;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getChanges() {
        return changes;
    }

    public @Nullable String getNote() {
        return note;
    }
}

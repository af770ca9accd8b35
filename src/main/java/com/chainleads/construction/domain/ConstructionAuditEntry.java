package com.chainleads.construction.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.AppendOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One change of a project's construction data: a milestone's dates or note, evidence added or removed, a month's
 * investment figures — who, when, old → new (values as shown). Written once; no foreign key, so it outlives what
 * it describes.
 */
@Entity
@Immutable
@AppendOnly
@Table(name = "construction_audit_entry")
public class ConstructionAuditEntry extends AbstractEntity {

    /** What changed. */
    public enum Subject {
        MILESTONE,
        EVIDENCE,
        INVESTMENT
    }

    /** Added, changed or removed. */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 20, updatable = false)
    private Subject subject = Subject.MILESTONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 10, updatable = false)
    private Action action = Action.UPDATE;

    /** The milestone, file or month it concerns, as shown (e.g. "开工 · 实际日期", "2026-05"). */
    @Column(name = "item", nullable = false, length = 100, updatable = false)
    private String item = "";

    @Column(name = "old_value", length = 500, updatable = false)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = 500, updatable = false)
    private @Nullable String newValue;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName = "";

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    protected ConstructionAuditEntry() {}

    public ConstructionAuditEntry(
            long leadId,
            Subject subject,
            Action action,
            String item,
            @Nullable String oldValue,
            @Nullable String newValue,
            String actorName,
            Instant occurredAt) {
        this.leadId = leadId;
        this.subject = subject;
        this.action = action;
        this.item = cut(item, 100);
        this.oldValue = oldValue == null ? null : cut(oldValue, 500);
        this.newValue = newValue == null ? null : cut(newValue, 500);
        this.actorName = cut(actorName, 100);
        this.occurredAt = occurredAt;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public long getLeadId() {
        return leadId;
    }

    public Subject getSubject() {
        return subject;
    }

    public Action getAction() {
        return action;
    }

    public String getItem() {
        return item;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}

package com.chainleads.enterprise.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.AppendOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One changed field of an enterprise, one of its tiers, platforms or yearly figures: who, when, old → new (values
 * as shown, e.g. "高新技术企业 2026-11-25～2029-11-24"). Written once, never changed; no foreign key, so the log
 * outlives a deleted enterprise.
 */
@Entity
@Immutable
@AppendOnly
@Table(name = "enterprise_audit_entry")
public class EnterpriseAuditEntry extends AbstractEntity {

    /** What part of the record changed. */
    public enum Subject {
        ENTERPRISE,
        TIER,
        PLATFORM,
        INDICATORS
    }

    /** Added, changed or removed. */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private long enterpriseId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 20, updatable = false)
    private Subject subject;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "action", nullable = false, length = 10, updatable = false)
    private Action action;

    @Column(name = "field_name", nullable = false, length = 40, updatable = false)
    private String field;

    @Column(name = "old_value", length = 500, updatable = false)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = 500, updatable = false)
    private @Nullable String newValue;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected EnterpriseAuditEntry() {}

    public EnterpriseAuditEntry(
            long enterpriseId,
            Subject subject,
            Action action,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String actorName,
            Instant occurredAt) {
        this.enterpriseId = enterpriseId;
        this.subject = subject;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public Subject getSubject() {
        return subject;
    }

    public Action getAction() {
        return action;
    }

    public String getField() {
        return field;
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

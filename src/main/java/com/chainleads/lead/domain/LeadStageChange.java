package com.chainleads.lead.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One transition of a lead's stage: from, to, who, when and why. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "lead_stage_change")
public class LeadStageChange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", nullable = false)
    private Lead lead;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20)
    private @Nullable LeadStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private LeadStage toStage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by", nullable = false)
    private AppUser changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "comment", length = 1000)
    private @Nullable String comment;

    protected LeadStageChange() {}

    public LeadStageChange(
            Lead lead,
            @Nullable LeadStage fromStage,
            LeadStage toStage,
            AppUser changedBy,
            Instant changedAt,
            @Nullable String comment) {
        this.lead = lead;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.comment = comment;
    }

    public Lead getLead() {
        return lead;
    }

    public @Nullable LeadStage getFromStage() {
        return fromStage;
    }

    public LeadStage getToStage() {
        return toStage;
    }

    public AppUser getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getComment() {
        return comment;
    }
}

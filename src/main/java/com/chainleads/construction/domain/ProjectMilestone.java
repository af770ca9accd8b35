package com.chainleads.construction.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One milestone of a signed project's plan: planned and actual date, and who confirmed the actual date when. */
@Entity
@Table(name = "project_milestone")
public class ProjectMilestone extends AbstractEntity {

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kind_id", nullable = false, updatable = false)
    private MilestoneKind kind;

    @Column(name = "planned_on")
    private @Nullable LocalDate plannedOn;

    @Column(name = "actual_on")
    private @Nullable LocalDate actualOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "confirmed_by_id")
    private @Nullable AppUser confirmedBy;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "note", length = 500)
    private @Nullable String note;

    protected ProjectMilestone() {}

    public ProjectMilestone(long leadId, MilestoneKind kind) {
        this.leadId = leadId;
        this.kind = kind;
    }

    public long getLeadId() {
        return leadId;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public @Nullable LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(@Nullable LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public @Nullable LocalDate getActualOn() {
        return actualOn;
    }

    /** Sets the actual date; a new or changed date is confirmed by {@code user} at {@code at}, none clears both. */
    public void confirm(@Nullable LocalDate actualOn, AppUser user, Instant at) {
        if (actualOn == null) {
            this.actualOn = null;
            this.confirmedBy = null;
            this.confirmedAt = null;
        } else if (!actualOn.equals(this.actualOn)) {
            this.actualOn = actualOn;
            this.confirmedBy = user;
            this.confirmedAt = at;
        }
    }

    public @Nullable AppUser getConfirmedBy() {
        return confirmedBy;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}

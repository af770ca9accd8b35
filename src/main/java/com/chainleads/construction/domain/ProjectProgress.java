package com.chainleads.construction.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The per-project summary a list over all signed projects reads without scanning plans: the next milestone and
 * its planned date, the latest milestone reached, the earliest planned date still open (the status as of any day
 * follows from it, see {@link ScheduleClock#projectStatus(LocalDate, LocalDate)}), the status as of the last
 * write, and the cumulative investment figures. Written in the transaction of every plan, evidence or investment
 * change of the project.
 */
@Entity
@Table(name = "project_progress")
public class ProjectProgress extends AbstractEntity {

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Column(name = "next_kind_id")
    private @Nullable Long nextKindId;

    @Column(name = "next_planned_on")
    private @Nullable LocalDate nextPlannedOn;

    @Column(name = "earliest_open_planned_on")
    private @Nullable LocalDate earliestOpenPlannedOn;

    @Column(name = "latest_kind_id")
    private @Nullable Long latestKindId;

    @Column(name = "latest_actual_on")
    private @Nullable LocalDate latestActualOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.NO_PLAN;

    @Column(name = "completed_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal completedTotal = BigDecimal.ZERO;

    @Column(name = "planned_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal plannedTotal = BigDecimal.ZERO;

    @Column(name = "evidence_count", nullable = false)
    private int evidenceCount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected ProjectProgress() {}

    public ProjectProgress(long leadId) {
        this.leadId = leadId;
    }

    public long getLeadId() {
        return leadId;
    }

    public void update(
            @Nullable Long nextKindId,
            @Nullable LocalDate nextPlannedOn,
            @Nullable LocalDate earliestOpenPlannedOn,
            @Nullable Long latestKindId,
            @Nullable LocalDate latestActualOn,
            ProjectStatus status,
            BigDecimal completedTotal,
            BigDecimal plannedTotal,
            int evidenceCount,
            Instant updatedAt) {
        this.nextKindId = nextKindId;
        this.nextPlannedOn = nextPlannedOn;
        this.earliestOpenPlannedOn = earliestOpenPlannedOn;
        this.latestKindId = latestKindId;
        this.latestActualOn = latestActualOn;
        this.status = status;
        this.completedTotal = completedTotal;
        this.plannedTotal = plannedTotal;
        this.evidenceCount = evidenceCount;
        this.updatedAt = updatedAt;
    }

    public @Nullable Long getNextKindId() {
        return nextKindId;
    }

    public @Nullable LocalDate getNextPlannedOn() {
        return nextPlannedOn;
    }

    public @Nullable LocalDate getEarliestOpenPlannedOn() {
        return earliestOpenPlannedOn;
    }

    public @Nullable Long getLatestKindId() {
        return latestKindId;
    }

    public @Nullable LocalDate getLatestActualOn() {
        return latestActualOn;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public BigDecimal getCompletedTotal() {
        return completedTotal;
    }

    public BigDecimal getPlannedTotal() {
        return plannedTotal;
    }

    public int getEvidenceCount() {
        return evidenceCount;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

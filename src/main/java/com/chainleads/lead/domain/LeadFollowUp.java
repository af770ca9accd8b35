package com.chainleads.lead.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** One follow-up (跟进记录) of a lead: a call, a visit, a meeting… and what comes next. */
@Entity
@Table(name = "lead_follow_up")
@EntityListeners(AuditingEntityListener.class)
public class LeadFollowUp extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", nullable = false, updatable = false)
    private Lead lead;

    @Column(name = "follow_up_on", nullable = false)
    private LocalDate followUpOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    private FollowUpMethod method;

    @Column(name = "people_met", length = 200)
    private @Nullable String peopleMet;

    @Column(name = "content", nullable = false, length = 2000)
    private String content;

    @Column(name = "next_step", length = 500)
    private @Nullable String nextStep;

    @Column(name = "next_follow_up_on")
    private @Nullable LocalDate nextFollowUpOn;

    @CreatedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private @Nullable AppUser createdBy;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LeadFollowUp() {}

    public LeadFollowUp(Lead lead) {
        this.lead = lead;
    }

    public Lead getLead() {
        return lead;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public FollowUpMethod getMethod() {
        return method;
    }

    public void setMethod(FollowUpMethod method) {
        this.method = method;
    }

    public @Nullable String getPeopleMet() {
        return peopleMet;
    }

    public void setPeopleMet(@Nullable String peopleMet) {
        this.peopleMet = peopleMet;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public @Nullable String getNextStep() {
        return nextStep;
    }

    public void setNextStep(@Nullable String nextStep) {
        this.nextStep = nextStep;
    }

    public @Nullable LocalDate getNextFollowUpOn() {
        return nextFollowUpOn;
    }

    public void setNextFollowUpOn(@Nullable LocalDate nextFollowUpOn) {
        this.nextFollowUpOn = nextFollowUpOn;
    }

    public @Nullable AppUser getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package com.chainleads.coordination.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.chain.domain.Sector;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A coordination issue (需协调事项) of a signed project: its type, the responsible department, a deadline and a
 * description; 交办 → 办理中 → 已办结 with the department's reply and who closed it; the latest leaders' instruction
 * (批示). The lead's number, project name, sector, unit and owner are copied here and kept in step by the lead's
 * events, so the supervision list across all projects is read from this table and its indexes alone (no join with
 * the lead table, whose columns are the lead feature's).
 */
@Entity
@Table(name = "coordination_issue")
public class CoordinationIssue extends AbstractEntity {

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Column(name = "lead_no", nullable = false, length = 20)
    private String leadNo;

    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id", nullable = false)
    private Sector sector;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private AppUser owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_type", nullable = false, length = 20)
    private IssueType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "description", nullable = false, length = IssueRules.MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private IssueStatus status = IssueStatus.ASSIGNED;

    /** {@code status != DONE}, stored so the open issues are one index range ordered by deadline. */
    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raised_by", nullable = false, updatable = false)
    private AppUser raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "reply", length = IssueRules.MAX_REPLY)
    private @Nullable String reply;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by")
    private @Nullable AppUser closedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "instruction", length = IssueRules.MAX_NOTE)
    private @Nullable String instruction;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "instructed_by")
    private @Nullable AppUser instructedBy;

    @Column(name = "instructed_at")
    private @Nullable Instant instructedAt;

    /** The overdue notice for the current deadline was sent (the daily job sends it once). */
    @Column(name = "overdue_notified", nullable = false)
    private boolean overdueNotified;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by", nullable = false)
    private AppUser updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CoordinationIssue() {}

    public CoordinationIssue(
            long leadId,
            LeadCopy lead,
            IssueType type,
            Department department,
            LocalDate deadline,
            String description,
            AppUser raisedBy,
            Instant raisedAt) {
        this.leadId = leadId;
        copy(lead);
        this.type = type;
        this.department = department;
        this.deadline = deadline;
        this.description = description;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.updatedBy = raisedBy;
        this.updatedAt = raisedAt;
    }

    /** The lead's facts this issue keeps a copy of. */
    public record LeadCopy(String leadNo, String projectName, Sector sector, OrgUnit unit, AppUser owner) {}

    public void copy(LeadCopy lead) {
        this.leadNo = lead.leadNo();
        this.projectName = lead.projectName();
        this.sector = lead.sector();
        this.unit = lead.unit();
        this.owner = lead.owner();
    }

    public void edit(IssueType type, Department department, LocalDate deadline, String description) {
        if (!deadline.equals(this.deadline)) {
            overdueNotified = false; // a new deadline may be missed again, and is told again
        }
        this.type = type;
        this.department = department;
        this.deadline = deadline;
        this.description = description;
    }

    /** Moves forward (see {@link IssueStatus#canMoveTo}); closing records who and when. */
    public void moveTo(IssueStatus target, @Nullable String reply, AppUser by, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("No move from " + status + " to " + target);
        }
        setStatus(target);
        this.reply = reply;
        if (target == IssueStatus.DONE) {
            closedBy = by;
            closedAt = at;
        }
    }

    public void setReply(@Nullable String reply) {
        this.reply = reply;
    }

    /** Back from 已办结 to 办理中; the reply stays as the department's last word. */
    public void reopen() {
        if (!status.canReopen()) {
            throw new IllegalStateException("Only a closed issue is re-opened, not " + status);
        }
        setStatus(IssueStatus.IN_PROGRESS);
        closedBy = null;
        closedAt = null;
    }

    public void instruct(String text, AppUser by, Instant at) {
        instruction = text;
        instructedBy = by;
        instructedAt = at;
    }

    public void touch(AppUser by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public void markOverdueNotified() {
        overdueNotified = true;
    }

    private void setStatus(IssueStatus status) {
        this.status = status;
        this.open = status.isOpen();
    }

    /** Open and past its deadline on {@code today} (the deadline day itself is still in time). */
    public boolean isOverdue(LocalDate today) {
        return IssueRules.isOverdue(status, deadline, today);
    }

    public long getLeadId() {
        return leadId;
    }

    public String getLeadNo() {
        return leadNo;
    }

    public String getProjectName() {
        return projectName;
    }

    public Sector getSector() {
        return sector;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public AppUser getOwner() {
        return owner;
    }

    public IssueType getType() {
        return type;
    }

    public Department getDepartment() {
        return department;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getDescription() {
        return description;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return open;
    }

    public AppUser getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public @Nullable String getReply() {
        return reply;
    }

    public @Nullable AppUser getClosedBy() {
        return closedBy;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable String getInstruction() {
        return instruction;
    }

    public @Nullable AppUser getInstructedBy() {
        return instructedBy;
    }

    public @Nullable Instant getInstructedAt() {
        return instructedAt;
    }

    public boolean isOverdueNotified() {
        return overdueNotified;
    }

    public AppUser getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

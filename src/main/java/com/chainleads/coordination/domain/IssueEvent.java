package com.chainleads.coordination.domain;

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
import org.jspecify.annotations.Nullable;

/** One step in an issue's history: raised, moved, closed, re-opened (the note says why), a leader's 批示. */
@Entity
@Table(name = "coordination_issue_event")
public class IssueEvent extends AbstractEntity {

    @Column(name = "issue_id", nullable = false, updatable = false)
    private long issueId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private IssueEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private @Nullable IssueStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private IssueStatus toStatus;

    @Column(name = "note", length = IssueRules.MAX_REPLY, updatable = false)
    private @Nullable String note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "by_user_id", nullable = false, updatable = false)
    private AppUser by;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    protected IssueEvent() {}

    public IssueEvent(
            long issueId,
            IssueEventKind kind,
            @Nullable IssueStatus fromStatus,
            IssueStatus toStatus,
            @Nullable String note,
            AppUser by,
            Instant happenedAt) {
        this.issueId = issueId;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
        this.by = by;
        this.happenedAt = happenedAt;
    }

    public long getIssueId() {
        return issueId;
    }

    public IssueEventKind getKind() {
        return kind;
    }

    public @Nullable IssueStatus getFromStatus() {
        return fromStatus;
    }

    public IssueStatus getToStatus() {
        return toStatus;
    }

    public @Nullable String getNote() {
        return note;
    }

    public AppUser getBy() {
        return by;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}

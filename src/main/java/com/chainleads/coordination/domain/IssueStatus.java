package com.chainleads.coordination.domain;

/**
 * An issue's state: 交办 (assigned to the department) → 办理中 (being handled) → 已办结 (closed with the department's
 * reply). Moves go forward only; a closed issue goes back to 办理中 only when a leader or administrator re-opens it.
 */
public enum IssueStatus {
    ASSIGNED(1),
    IN_PROGRESS(2),
    DONE(3);

    private final int rank;

    IssueStatus(int rank) {
        this.rank = rank;
    }

    public boolean isOpen() {
        return this != DONE;
    }

    /** A forward move (a skip from 交办 straight to 已办结 included); staying where it is is no move. */
    public boolean canMoveTo(IssueStatus target) {
        return target.rank > rank;
    }

    /** Only a closed issue is re-opened, back to 办理中. */
    public boolean canReopen() {
        return this == DONE;
    }

    public String translationKey() {
        return "coordination.status." + name();
    }
}

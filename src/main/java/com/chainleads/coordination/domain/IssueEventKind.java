package com.chainleads.coordination.domain;

/** What happened to an issue, as its history lists it. */
public enum IssueEventKind {
    RAISED,
    EDITED,
    MOVED,
    REPLIED,
    CLOSED,
    REOPENED,
    INSTRUCTED;

    public String translationKey() {
        return "coordination.event." + name();
    }
}

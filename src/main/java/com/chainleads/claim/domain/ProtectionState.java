package com.chainleads.claim.domain;

/** Whether a lead's first report (首报) still protects its investor against a later claim. */
public enum ProtectionState {
    /** Within the protection window and followed up: a claim goes to a leader. */
    PROTECTED(false),
    /** Signed or later: the project has landed with this lead; a claim always goes to a leader. */
    LANDED(false),
    /** The protection window has ended: a claim succeeds without a ruling. */
    EXPIRED(true),
    /** No follow-up for the 超期 days: a claim succeeds without a ruling. */
    OVERDUE(true),
    /** The lead was closed (终止): it protects nothing. */
    CLOSED(true);

    private final boolean lapsed;

    ProtectionState(boolean lapsed) {
        this.lapsed = lapsed;
    }

    /** The first reporter no longer owns the investor: a claim against the lead is granted at once. */
    public boolean lapsed() {
        return lapsed;
    }

    public String translationKey() {
        return "practice.protection." + name();
    }
}

package com.chainleads.claim.domain;

/** Where a 撞单 claim stands. */
public enum ClaimStatus {
    /** Filed; waits for a leader's ruling (裁定). */
    PENDING,
    /** Settled: by a leader, or granted by the first-report rule because the protection had lapsed. */
    RULED;

    public String translationKey() {
        return "practice.claim.status." + name();
    }
}

package com.chainleads.claim.domain;

/**
 * How a 撞单 is settled. In every case the claimant's lead is closed as 终止 (a second record of the same
 * investor); what differs is who goes on with the first lead:
 * <ul>
 * <li>{@link #KEEP} — the first reporter keeps it;</li>
 * <li>{@link #TRANSFER} — it is handed over, with its whole history, to the claimant;</li>
 * <li>{@link #SHARE} — the first reporter goes on with it, and the credit (业绩) is split between both units in
 * percent ({@link CreditShare}).</li>
 * </ul>
 */
public enum ClaimOutcome {
    KEEP,
    TRANSFER,
    SHARE;

    public String translationKey() {
        return "practice.outcome." + name();
    }
}

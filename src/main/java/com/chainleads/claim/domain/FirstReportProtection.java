package com.chainleads.claim.domain;

import com.chainleads.lead.domain.LeadStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The first-report rule (首报首谈): the first reporter owns the investor for {@code protectionDays} after the day of
 * the first report (that day is day 0, so with 90 days the lead is protected through day 90 and lapses on day 91),
 * unless the lead goes 超期 — no follow-up for the overdue days of the response clocks, which the caller tells.
 * Once lapsed, a later claim on the investor succeeds without a ruling. A lead that has been signed keeps its
 * investor: claims against it always go to a leader. Pure.
 */
public final class FirstReportProtection {

    private final int protectionDays;

    public FirstReportProtection(int protectionDays) {
        if (protectionDays <= 0) {
            throw new IllegalArgumentException("The protection window needs at least one day");
        }
        this.protectionDays = protectionDays;
    }

    public int protectionDays() {
        return protectionDays;
    }

    /**
     * @param lastActivityOn the last follow-up, else the day of the first report
     * @param overdue        the response clocks find the lead 超期 today
     */
    public Protection on(
            LocalDate today, LeadStage stage, LocalDate firstReportedOn, LocalDate lastActivityOn, boolean overdue) {
        LocalDate through = firstReportedOn.plusDays(protectionDays);
        ProtectionState state;
        if (stage == LeadStage.LOST) {
            state = ProtectionState.CLOSED;
        } else if (stage.reached(LeadStage.SIGNED)) {
            state = ProtectionState.LANDED;
        } else if (ChronoUnit.DAYS.between(firstReportedOn, today) > protectionDays) {
            state = ProtectionState.EXPIRED;
        } else if (overdue) {
            state = ProtectionState.OVERDUE;
        } else {
            state = ProtectionState.PROTECTED;
        }
        return new Protection(state, through, lastActivityOn);
    }
}

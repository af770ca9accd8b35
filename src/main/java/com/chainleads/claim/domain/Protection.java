package com.chainleads.claim.domain;

import java.time.LocalDate;

/**
 * A lead's first-report protection on a given day.
 *
 * @param state            protected, landed, or lapsed (and why)
 * @param protectedThrough the last day of the protection window
 * @param lastActivityOn   the day of the last follow-up, or of the first report when there was none
 */
public record Protection(ProtectionState state, LocalDate protectedThrough, LocalDate lastActivityOn) {

    public boolean lapsed() {
        return state.lapsed();
    }
}

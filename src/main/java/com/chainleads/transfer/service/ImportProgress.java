package com.chainleads.transfer.service;

/** How far a pass has got: rows read so far and the fraction of the sheet read (0–1). */
public record ImportProgress(Phase phase, int rows, double fraction) {

    public enum Phase {
        CHECKING,
        IMPORTING
    }
}

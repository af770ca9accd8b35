package com.chainleads.transfer.service;

/**
 * What applying did. {@link Status#IMPORTED}: the valid rows are in (all of them, in all-or-nothing mode);
 * {@link Status#REJECTED}: all-or-nothing found invalid rows when applying (the data changed since the
 * preview) and imported none.
 */
public record ImportOutcome(Status status, int importedRows, PassResult result) {

    public enum Status {
        IMPORTED,
        REJECTED
    }
}

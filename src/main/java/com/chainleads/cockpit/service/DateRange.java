package com.chainleads.cockpit.service;

import java.time.LocalDate;

/** From and to, both inclusive. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
    }
}

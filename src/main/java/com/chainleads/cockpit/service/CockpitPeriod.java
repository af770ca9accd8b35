package com.chainleads.cockpit.service;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.jspecify.annotations.Nullable;

/** The period the cockpit's "this …" figures cover. */
public enum CockpitPeriod {
    YEAR,
    QUARTER,
    MONTH,
    CUSTOM;

    /** The first and last day of the period containing {@code today}; a custom period as given. */
    public DateRange range(LocalDate today, @Nullable LocalDate from, @Nullable LocalDate to) {
        return switch (this) {
            case YEAR -> new DateRange(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
            case QUARTER -> {
                LocalDate start = today.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new DateRange(start, start.plusMonths(3).minusDays(1));
            }
            case MONTH -> new DateRange(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
            case CUSTOM -> new DateRange(from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
        };
    }

    public String translationKey() {
        return "cockpit.period." + name();
    }
}

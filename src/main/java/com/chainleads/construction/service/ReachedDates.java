package com.chainleads.construction.service;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A signed project's dates of 开工, 投产 and 达产 as the cockpit counts them (the actual dates of the milestones that
 * map to those stages) and the years in which it has investment figures: what {@code /projects?started=2026} and
 * its kin filter by, so the list and the figure agree.
 */
public record ReachedDates(
        @Nullable LocalDate startedOn,
        @Nullable LocalDate producingOn,
        @Nullable LocalDate fullCapacityOn,
        Set<Integer> investedYears) {

    public ReachedDates {
        investedYears = Set.copyOf(investedYears);
    }

    /** Whether the project matches each year given (null: not asked). */
    public boolean matches(
            @Nullable Integer started,
            @Nullable Integer producing,
            @Nullable Integer fullCapacity,
            @Nullable Integer invested) {
        return in(startedOn, started)
                && in(producingOn, producing)
                && in(fullCapacityOn, fullCapacity)
                && (invested == null || investedYears.contains(invested));
    }

    private static boolean in(@Nullable LocalDate day, @Nullable Integer year) {
        return year == null || (day != null && day.getYear() == year);
    }
}

package com.chainleads.construction.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The status clock: 按期 / 滞后 / 严重滞后 from the planned date and today. A milestone not reached is 按期 up to and
 * on its planned date, 滞后 from the day after, and 严重滞后 when more than {@code severeDelayDays} days have passed
 * since it (exactly N days late is still 滞后). Pure: today is given by the caller's injected clock.
 */
public final class ScheduleClock {

    /** A plan line as the clock needs it: its dates. */
    public record Dates(
            @Nullable LocalDate plannedOn, @Nullable LocalDate actualOn) {}

    private final int severeDelayDays;

    public ScheduleClock(int severeDelayDays) {
        if (severeDelayDays < 1) {
            throw new IllegalArgumentException("severe delay needs at least one day: " + severeDelayDays);
        }
        this.severeDelayDays = severeDelayDays;
    }

    public int severeDelayDays() {
        return severeDelayDays;
    }

    public MilestoneStatus status(@Nullable LocalDate plannedOn, @Nullable LocalDate actualOn, LocalDate today) {
        if (actualOn != null) {
            return plannedOn != null && actualOn.isAfter(plannedOn)
                    ? MilestoneStatus.DONE_LATE
                    : MilestoneStatus.DONE_ON_TIME;
        }
        if (plannedOn == null) {
            return MilestoneStatus.NOT_PLANNED;
        }
        long late = daysLate(plannedOn, today);
        if (late <= 0) {
            return MilestoneStatus.ON_SCHEDULE;
        }
        return late > severeDelayDays ? MilestoneStatus.SEVERELY_DELAYED : MilestoneStatus.DELAYED;
    }

    /** Days past the planned date (0 or less: not late). */
    public static long daysLate(LocalDate plannedOn, LocalDate today) {
        return ChronoUnit.DAYS.between(plannedOn, today);
    }

    /** The project's status from its lines (one per milestone of the plan, reached or not). */
    public ProjectStatus projectStatus(Collection<Dates> lines, LocalDate today) {
        if (!lines.isEmpty() && lines.stream().allMatch(line -> line.actualOn() != null)) {
            return ProjectStatus.COMPLETED;
        }
        return projectStatus(earliestOpenPlanned(lines), today);
    }

    /**
     * The project's status from the earliest planned date among the milestones not reached: the worst open
     * milestone is always that one. A stored summary keeps this date, so a list filters by status as of today with
     * a range on it.
     */
    public ProjectStatus projectStatus(@Nullable LocalDate earliestOpenPlanned, LocalDate today) {
        if (earliestOpenPlanned == null) {
            return ProjectStatus.NO_PLAN;
        }
        return switch (status(earliestOpenPlanned, null, today)) {
            case DELAYED -> ProjectStatus.DELAYED;
            case SEVERELY_DELAYED -> ProjectStatus.SEVERELY_DELAYED;
            default -> ProjectStatus.ON_SCHEDULE;
        };
    }

    public static @Nullable LocalDate earliestOpenPlanned(Collection<Dates> lines) {
        return lines.stream()
                .filter(line -> line.actualOn() == null && line.plannedOn() != null)
                .map(Dates::plannedOn)
                .min(LocalDate::compareTo)
                .orElse(null);
    }
}

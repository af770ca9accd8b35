package com.chainleads.lead.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The response clocks of docs/DOMAIN.md: a new lead is screened within 3 working days; an active lead with no
 * follow-up for 30 days is stale (预警), for 60 days overdue (超期) and goes on the leaders' supervision list
 * (督办). Working days skip weekends and the configured public holidays ({@code chainleads.clocks.holidays}).
 */
@Component
public class ResponseClocks {

    private final int screeningWorkingDays;
    private final int staleDays;
    private final int overdueDays;
    private final Set<LocalDate> holidays;

    public ResponseClocks(
            @Value("${chainleads.clocks.screening-working-days:3}") int screeningWorkingDays,
            @Value("${chainleads.clocks.stale-days:30}") int staleDays,
            @Value("${chainleads.clocks.overdue-days:60}") int overdueDays,
            @Value("${chainleads.clocks.holidays:}") String holidays) {
        this.screeningWorkingDays = screeningWorkingDays;
        this.staleDays = staleDays;
        this.overdueDays = overdueDays;
        this.holidays = Arrays.stream(holidays.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(LocalDate::parse)
                .collect(Collectors.toUnmodifiableSet());
    }

    public int staleDays() {
        return staleDays;
    }

    public int overdueDays() {
        return overdueDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The last day on which a lead reported on {@code reportedOn} may still be screened. */
    public LocalDate screeningDeadline(LocalDate reportedOn) {
        LocalDate day = reportedOn;
        int left = screeningWorkingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The latest report date whose screening deadline has passed by {@code today}: leads still at 线索登记 that
     * were reported on or before it are late.
     */
    public LocalDate lateScreeningReportedBy(LocalDate today) {
        LocalDate day = today.minusDays(1);
        while (!screeningDeadline(day).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Active leads whose last activity is on or before this day are stale (预警) or worse. */
    public LocalDate staleLastActivity(LocalDate today) {
        return today.minusDays(staleDays);
    }

    /** Active leads whose last activity is on or before this day are overdue (超期). */
    public LocalDate overdueLastActivity(LocalDate today) {
        return today.minusDays(overdueDays);
    }

    /** How late a lead is by its last activity. */
    public Level level(LocalDate lastActivityOn, LocalDate today) {
        if (!lastActivityOn.isAfter(overdueLastActivity(today))) {
            return Level.OVERDUE;
        }
        if (!lastActivityOn.isAfter(staleLastActivity(today))) {
            return Level.STALE;
        }
        return Level.ON_TIME;
    }

    /** 正常, 预警 (stale) or 超期 (overdue). */
    public enum Level {
        ON_TIME,
        STALE,
        OVERDUE;

        public String translationKey() {
            return "lead.clock." + name();
        }
    }
}

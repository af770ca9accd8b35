package com.chainleads.practice.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the response clocks: Monday to Friday. Public holidays and the make-up working weekends of the
 * Chinese calendar (调休) are <em>not</em> known: a deadline over 国庆 falls a few days early.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day {@code count} working days after {@code from} (a Monday plus 3 is the Thursday; a Friday's, the Wednesday). */
    public static LocalDate after(LocalDate from, int count) {
        LocalDate day = from;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}

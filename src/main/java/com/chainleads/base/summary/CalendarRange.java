package com.chainleads.base.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of days as a summary table with month rows ('M', keyed by the month's first day) and day rows ('D')
 * answers it: the whole months inside the range from month rows, the days at its ends from day rows — a bounded
 * number of rows whatever the range.
 */
public final class CalendarRange {

    public static final String MONTH = "M";
    public static final String DAY = "D";
    /** The first day any figure looks at: "before a day" is the range from here. */
    public static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private CalendarRange() {}

    /**
     * Appends {@code AND ((grain = 'M' AND period_start BETWEEN …) OR (grain = 'D' AND …))} for the days from
     * {@code from} to {@code to} (inclusive); returns false (and appends nothing) when the range is empty.
     */
    public static boolean appendTo(StringBuilder sql, List<Object> arguments, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return false;
        }
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(YearMonth.from(to).atEndOfMonth())
                ? to
                : to.withDayOfMonth(1).minusDays(1);
        List<String> parts = new ArrayList<>();
        if (lastWholeEnd.isBefore(firstWhole)) {
            parts.add("(grain = ? AND period_start BETWEEN ? AND ?)");
            arguments.addAll(List.of(DAY, from, to));
        } else {
            parts.add("(grain = ? AND period_start BETWEEN ? AND ?)");
            arguments.addAll(List.of(MONTH, firstWhole, lastWholeEnd.withDayOfMonth(1)));
            if (from.isBefore(firstWhole)) {
                parts.add("(grain = ? AND period_start BETWEEN ? AND ?)");
                arguments.addAll(List.of(DAY, from, firstWhole.minusDays(1)));
            }
            if (lastWholeEnd.isBefore(to)) {
                parts.add("(grain = ? AND period_start BETWEEN ? AND ?)");
                arguments.addAll(List.of(DAY, lastWholeEnd.plusDays(1), to));
            }
        }
        sql.append(" AND (").append(String.join(" OR ", parts)).append(")");
        return true;
    }
}

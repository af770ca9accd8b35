package com.chainleads.lead.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A range of days as the period table stores it: the whole months inside the range (month rows) and the days
 * before and after them (day rows). A year, quarter or month is whole months only; any other range adds at most
 * two partial months' days at its ends.
 *
 * @param firstMonth the first whole month, null when the range covers none
 * @param lastMonth the last whole month
 * @param days the day ranges outside the whole months (from, to inclusive), at most two
 */
public record PeriodSplit(
        @Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, List<DayRange> days) {

    /** Days from {@code from} to {@code to}, both inclusive. */
    public record DayRange(LocalDate from, LocalDate to) {}

    public PeriodSplit {
        days = List.copyOf(days);
    }

    /** The split of the days from {@code from} to {@code to} (inclusive); empty when {@code to} is before {@code from}. */
    public static PeriodSplit of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new PeriodSplit(null, null, List.of());
        }
        LocalDate firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(YearMonth.from(to).atEndOfMonth())
                ? to
                : to.withDayOfMonth(1).minusDays(1);
        if (lastWholeEnd.isBefore(firstWhole)) {
            return new PeriodSplit(null, null, List.of(new DayRange(from, to)));
        }
        List<DayRange> days = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            days.add(new DayRange(from, firstWhole.minusDays(1)));
        }
        if (lastWholeEnd.isBefore(to)) {
            days.add(new DayRange(lastWholeEnd.plusDays(1), to));
        }
        return new PeriodSplit(YearMonth.from(firstWhole), YearMonth.from(lastWholeEnd), days);
    }

    public boolean hasMonths() {
        return firstMonth != null;
    }

    /** How many day rows (per unit, sector and value) the range reads at most. */
    public long dayCount() {
        return days.stream()
                .mapToLong(d -> d.to().toEpochDay() - d.from().toEpochDay() + 1)
                .sum();
    }
}

package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.summary.PeriodSplit.DayRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PeriodSplitTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aYearAQuarterAndAMonthAreWholeMonthsOnly() {
        assertThat(PeriodSplit.of(day("2026-01-01"), day("2026-12-31")))
                .isEqualTo(new PeriodSplit(YearMonth.of(2026, 1), YearMonth.of(2026, 12), java.util.List.of()));
        assertThat(PeriodSplit.of(day("2026-04-01"), day("2026-06-30")))
                .isEqualTo(new PeriodSplit(YearMonth.of(2026, 4), YearMonth.of(2026, 6), java.util.List.of()));
        assertThat(PeriodSplit.of(day("2028-02-01"), day("2028-02-29")))
                .isEqualTo(new PeriodSplit(YearMonth.of(2028, 2), YearMonth.of(2028, 2), java.util.List.of()));
    }

    @Test
    void aCustomRangeAddsTheDaysAtItsEnds() {
        PeriodSplit split = PeriodSplit.of(day("2025-11-15"), day("2026-03-03"));
        assertThat(split.firstMonth()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(split.lastMonth()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(split.days())
                .containsExactly(
                        new DayRange(day("2025-11-15"), day("2025-11-30")),
                        new DayRange(day("2026-03-01"), day("2026-03-03")));
    }

    @Test
    void aRangeWithinOneMonthOrAcrossTwoPartialMonthsIsDaysOnly() {
        assertThat(PeriodSplit.of(day("2026-03-01"), day("2026-03-17")))
                .isEqualTo(new PeriodSplit(
                        null, null, java.util.List.of(new DayRange(day("2026-03-01"), day("2026-03-17")))));
        assertThat(PeriodSplit.of(day("2026-01-02"), day("2026-02-27")).days())
                .containsExactly(new DayRange(day("2026-01-02"), day("2026-02-27")));
        assertThat(PeriodSplit.of(day("2026-06-06"), day("2026-06-06")).dayCount())
                .isEqualTo(1);
    }

    @Test
    void aRangeEndingBeforeItStartsIsEmpty() {
        PeriodSplit split = PeriodSplit.of(day("2026-03-02"), day("2026-03-01"));
        assertThat(split.hasMonths()).isFalse();
        assertThat(split.days()).isEmpty();
    }

    @Test
    void everyDayOfAnyRangeIsCoveredExactlyOnceAndAtMost62DayRowsAreRead() {
        Random random = new Random(20261206);
        for (int i = 0; i < 5_000; i++) {
            LocalDate from = day("2024-01-01").plusDays(random.nextInt(1_200));
            LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 70 : 800));
            PeriodSplit split = PeriodSplit.of(from, to);
            Set<LocalDate> covered = new HashSet<>();
            long rows = 0;
            if (split.hasMonths()) {
                for (YearMonth month = split.firstMonth();
                        !month.isAfter(split.lastMonth());
                        month = month.plusMonths(1)) {
                    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                        assertThat(covered.add(d)).isTrue();
                    }
                }
            }
            for (DayRange range : split.days()) {
                for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
                    assertThat(covered.add(d))
                            .as("%s–%s: %s twice", from, to, d)
                            .isTrue();
                    rows++;
                }
            }
            assertThat(covered).as("%s–%s", from, to).hasSize((int) (to.toEpochDay() - from.toEpochDay() + 1));
            assertThat(covered).allMatch(d -> !d.isBefore(from) && !d.isAfter(to));
            assertThat(rows).isEqualTo(split.dayCount()).isLessThanOrEqualTo(62);
            assertThat(split.days()).hasSizeLessThanOrEqualTo(2);
        }
    }
}

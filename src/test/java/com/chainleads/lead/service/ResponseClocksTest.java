package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.service.ResponseClocks.Level;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResponseClocksTest {

    private final ResponseClocks clocks = new ResponseClocks(3, 30, 60, "2026-10-01,2026-10-02");

    @Test
    void screeningHasThreeWorkingDaysSkippingWeekendsAndHolidays() {
        // Monday → Thursday
        assertThat(clocks.screeningDeadline(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 26));
        // Friday → the following Wednesday
        assertThat(clocks.screeningDeadline(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 2));
        // Wednesday 30 September; the 1st and 2nd of October are holidays, then a weekend → Wednesday 7 October
        assertThat(clocks.screeningDeadline(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 7));
    }

    @Test
    void aLeadIsLateForScreeningTheDayAfterItsDeadline() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        // reported Monday: deadline Thursday, so not late on Thursday itself
        assertThat(clocks.lateScreeningReportedBy(thursday)).isEqualTo(LocalDate.of(2026, 11, 22));
        // on Friday, Monday's lead is late
        assertThat(clocks.lateScreeningReportedBy(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void thirtyDaysWithoutFollowUpIsStaleAndSixtyIsOverdue() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(clocks.level(today.minusDays(29), today)).isEqualTo(Level.ON_TIME);
        assertThat(clocks.level(today.minusDays(30), today)).isEqualTo(Level.STALE);
        assertThat(clocks.level(today.minusDays(59), today)).isEqualTo(Level.STALE);
        assertThat(clocks.level(today.minusDays(60), today)).isEqualTo(Level.OVERDUE);
        assertThat(clocks.staleLastActivity(today)).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(clocks.overdueLastActivity(today)).isEqualTo(LocalDate.of(2026, 9, 30));
    }
}

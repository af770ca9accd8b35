package com.chainleads.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadStage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FirstReportProtectionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Today, by a fixed clock: 2026-06-30 09:00 in the district. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T01:00:00Z"), ZONE);

    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private final FirstReportProtection protection = new FirstReportProtection(90);

    private Protection reportedDaysAgo(long days, LeadStage stage, boolean overdue) {
        LocalDate reportedOn = TODAY.minusDays(days);
        return protection.on(TODAY, stage, reportedOn, reportedOn, overdue);
    }

    @Test
    void theFirstReportProtectsItsInvestorThroughDayNinety() {
        Protection day90 = reportedDaysAgo(90, LeadStage.CONTACT, false);

        assertThat(day90.state()).isEqualTo(ProtectionState.PROTECTED);
        assertThat(day90.lapsed()).isFalse();
        assertThat(day90.protectedThrough()).isEqualTo(TODAY);
    }

    @Test
    void onDayNinetyOneTheProtectionHasLapsed() {
        Protection day91 = reportedDaysAgo(91, LeadStage.CONTACT, false);

        assertThat(day91.state()).isEqualTo(ProtectionState.EXPIRED);
        assertThat(day91.lapsed()).isTrue();
        assertThat(day91.protectedThrough()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void theReportDayItselfIsDayZero() {
        assertThat(reportedDaysAgo(0, LeadStage.REGISTERED, false).state()).isEqualTo(ProtectionState.PROTECTED);
    }

    @Test
    void anOverdueLeadLosesItsProtectionInsideTheWindow() {
        Protection overdue = reportedDaysAgo(70, LeadStage.SCREENING, true);

        assertThat(overdue.state()).isEqualTo(ProtectionState.OVERDUE);
        assertThat(overdue.lapsed()).isTrue();
    }

    @Test
    void theWindowOverIsTheReasonGivenWhenBothApply() {
        assertThat(reportedDaysAgo(120, LeadStage.SCREENING, true).state()).isEqualTo(ProtectionState.EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(
            value = LeadStage.class,
            names = {"SIGNED", "INCORPORATED", "CONSTRUCTION", "PRODUCTION", "FULL_CAPACITY"})
    void aSignedLeadKeepsItsInvestorHoweverOldOrQuiet(LeadStage stage) {
        Protection landed = reportedDaysAgo(400, stage, true);

        assertThat(landed.state()).isEqualTo(ProtectionState.LANDED);
        assertThat(landed.lapsed())
                .as("claims against it always go to a leader")
                .isFalse();
    }

    @Test
    void aClosedLeadProtectsNothing() {
        assertThat(reportedDaysAgo(5, LeadStage.LOST, false).state()).isEqualTo(ProtectionState.CLOSED);
        assertThat(reportedDaysAgo(5, LeadStage.LOST, false).lapsed()).isTrue();
    }

    @Test
    void theWindowIsConfigurable() {
        FirstReportProtection thirtyDays = new FirstReportProtection(30);
        LocalDate reportedOn = TODAY.minusDays(31);

        assertThat(thirtyDays
                        .on(TODAY, LeadStage.CONTACT, reportedOn, TODAY, false)
                        .state())
                .isEqualTo(ProtectionState.EXPIRED);
        assertThat(protection
                        .on(TODAY, LeadStage.CONTACT, reportedOn, TODAY, false)
                        .state())
                .isEqualTo(ProtectionState.PROTECTED);
    }
}

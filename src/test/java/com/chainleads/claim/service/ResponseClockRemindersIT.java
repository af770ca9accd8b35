package com.chainleads.claim.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.claim.PracticeTestData;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.ResponseClocks;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.testsupport.IntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The daily reminders of the response clocks, sent by calling the job as the scheduler does (nobody signed in):
 * 预警 at 30 days without follow-up, 超期 at 60, once per lead, level and quiet spell; unscreened new leads after
 * three working days.
 */
@IntegrationTest
class ResponseClockRemindersIT {

    @Autowired
    ResponseClockReminders reminders;

    @Autowired
    ResponseClocks clocks;

    @Autowired
    PracticeTestData data;

    @BeforeEach
    void asTheScheduler() {
        SecurityContextHolder.clearContext();
    }

    private LeadDetails quietLead(long quietDays, LeadStage stage) {
        LeadDetails lead = data.register("officer3", data.uniqueBrand() + "文化传媒有限公司");
        data.age(lead.id(), quietDays + 5, quietDays);
        data.stage(lead.id(), stage);
        return lead;
    }

    private List<NoticeRow> remindersAbout(LeadDetails lead) {
        return data.noticesOf("officer3").stream()
                .filter(n -> n.target() != null && n.target().equals("leads/" + lead.id()))
                .toList();
    }

    @Test
    void thirtyDaysWithoutFollowUpAreStaleAndSixtyOverdueEachRemindedOnce() {
        LeadDetails fresh = quietLead(29, LeadStage.CONTACT);
        LeadDetails stale = quietLead(30, LeadStage.CONTACT);
        LeadDetails stillStale = quietLead(59, LeadStage.NEGOTIATING);
        LeadDetails overdue = quietLead(60, LeadStage.NEGOTIATING);

        reminders.sendReminders();

        assertThat(remindersAbout(fresh)).isEmpty();
        assertThat(remindersAbout(stale)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NoticeType.FOLLOW_UP_STALE);
            assertThat(n.messageKey()).isEqualTo("practice.notice.followUpStale");
        });
        assertThat(remindersAbout(stillStale))
                .singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NoticeType.FOLLOW_UP_STALE));
        assertThat(remindersAbout(overdue))
                .singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NoticeType.FOLLOW_UP_OVERDUE));

        ResponseClockReminders.Sent again = reminders.sendReminders();
        assertThat(again).as("nothing twice").isEqualTo(new ResponseClockReminders.Sent(0, 0, 0));
        assertThat(remindersAbout(stale)).hasSize(1);
    }

    @Test
    void aStaleLeadGoingOverdueIsRemindedAgainAtTheNewLevel() {
        LeadDetails lead = quietLead(45, LeadStage.CONTACT);
        reminders.sendReminders();

        data.age(lead.id(), 70, 60);
        reminders.sendReminders();

        assertThat(remindersAbout(lead))
                .extracting(NoticeRow::type)
                .containsExactlyInAnyOrder(NoticeType.FOLLOW_UP_STALE, NoticeType.FOLLOW_UP_OVERDUE);
    }

    @Test
    void leadsOnHoldClosedOrAtFullCapacityRunNoClock() {
        LeadDetails onHold = quietLead(90, LeadStage.ON_HOLD);
        LeadDetails lost = quietLead(90, LeadStage.LOST);
        LeadDetails full = quietLead(90, LeadStage.FULL_CAPACITY);

        reminders.sendReminders();

        assertThat(remindersAbout(onHold)).isEmpty();
        assertThat(remindersAbout(lost)).isEmpty();
        assertThat(remindersAbout(full)).isEmpty();
    }

    @Test
    void aNewLeadNotScreenedWithinThreeWorkingDaysIsRemindedOnce() {
        LocalDate today = data.today();
        LocalDate lateReport = clocks.lateScreeningReportedBy(today);
        LeadDetails late = data.register("officer3", data.uniqueBrand() + "文化旅游有限公司");
        data.age(late.id(), java.time.temporal.ChronoUnit.DAYS.between(lateReport, today), 0);
        LeadDetails inTime = data.register("officer3", data.uniqueBrand() + "文化旅游有限公司");
        data.age(inTime.id(), java.time.temporal.ChronoUnit.DAYS.between(lateReport.plusDays(1), today), 0);

        reminders.sendReminders();
        reminders.sendReminders();

        assertThat(remindersAbout(late)).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NoticeType.SCREENING_OVERDUE);
            assertThat(n.messageKey()).isEqualTo("practice.notice.screeningLate");
        });
        assertThat(remindersAbout(inTime)).isEmpty();
    }

    @Test
    void theScreeningDeadlineSkipsTheWeekend() {
        LocalDate friday = data.today().with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.FRIDAY));

        assertThat(clocks.screeningDeadline(friday).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(clocks.screeningDeadline(friday.minusDays(4)).getDayOfWeek())
                .as("a Monday")
                .isEqualTo(DayOfWeek.THURSDAY);
    }
}

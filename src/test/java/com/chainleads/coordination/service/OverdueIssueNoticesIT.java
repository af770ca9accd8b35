package com.chainleads.coordination.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.coordination.CoordinationTestData;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The daily overdue notice, run as the scheduler runs it (nobody signed in): one notice per issue that became
 * overdue, to the project's officer and the leaders; never twice; an issue on its deadline day is still in time.
 */
@IntegrationTest
class OverdueIssueNoticesIT {

    @Autowired
    OverdueIssueNotices notices;

    @Autowired
    CoordinationService coordination;

    @Autowired
    CoordinationTestData data;

    @Autowired
    SignIn signIn;

    @BeforeEach
    void asTheScheduler() {
        SecurityContextHolder.clearContext();
    }

    private List<NoticeRow> overdueNotices(String user, LeadDetails lead) {
        return data.leads().noticesOf(user).stream()
                .filter(n -> n.type() == NoticeType.ISSUE_OVERDUE)
                .filter(n -> ("leads/" + lead.id() + "?tab=issues").equals(n.target()))
                .toList();
    }

    @Test
    void anIssuePastItsDeadlineIsToldOnceToTheOfficerAndTheLeaders() {
        LeadDetails lead = data.signedLead("officer3");
        IssueDetails late = data.raise("officer3", lead.id(), "供水管网未接通");
        IssueDetails dueToday = data.raise("officer3", lead.id(), "排水许可今日到期");
        data.deadline(late.id(), data.today().minusDays(1));
        data.deadline(dueToday.id(), data.today());

        int told = notices.sendNotices();

        assertThat(told).isGreaterThanOrEqualTo(1);
        assertThat(overdueNotices("officer3", lead)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("coordination.notice.overdue");
            assertThat(n.args().get(0).value(java.util.Locale.CHINA, k -> k)).isEqualTo(lead.leadNo());
        });
        assertThat(overdueNotices("leader", lead)).hasSize(1);
        assertThat(overdueNotices("officer1", lead)).as("not the other units").isEmpty();

        assertThat(notices.sendNotices()).as("a second run sends nothing").isZero();
        assertThat(overdueNotices("officer3", lead)).hasSize(1);
        assertThat(overdueNotices("leader", lead)).hasSize(1);
    }

    @Test
    void aClosedIssueIsNotToldOfAndANewDeadlineMissedIsToldAgain() {
        LeadDetails lead = data.signedLead("officer3");
        IssueDetails closed = data.raise("officer3", lead.id(), "临时用电已解决");
        IssueDetails closedNow = signIn.as(
                "officer3",
                () -> coordination.progress(
                        closed.id(),
                        closed.version(),
                        new ProgressDraft(com.chainleads.coordination.domain.IssueStatus.DONE, "已通电")));
        data.deadline(closedNow.id(), data.today().minusDays(10));
        IssueDetails late = data.raise("officer3", lead.id(), "燃气开口费争议");
        data.deadline(late.id(), data.today().minusDays(2));

        notices.sendNotices();
        assertThat(overdueNotices("officer3", lead)).hasSize(1);

        // the officer sets a new deadline; when that one passes too, it is told again
        IssueDetails current = signIn.as("officer3", () -> coordination.issuesOf(lead.id())).issues().stream()
                .filter(i -> i.id() == late.id())
                .findFirst()
                .orElseThrow();
        IssueDraft moved = current.toDraft();
        moved.setDeadline(data.today().plusDays(5));
        signIn.as("officer3", () -> coordination.edit(late.id(), current.version(), moved));
        notices.sendNotices();
        assertThat(overdueNotices("officer3", lead))
                .as("the new deadline is not passed")
                .hasSize(1);
        data.deadline(late.id(), data.today().minusDays(1));
        notices.sendNotices();
        assertThat(overdueNotices("officer3", lead)).hasSize(2);
    }
}

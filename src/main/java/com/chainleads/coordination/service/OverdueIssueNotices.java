package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.CoordinationIssue;
import com.chainleads.coordination.domain.CoordinationIssueRepository;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.notification.domain.NoticeArg;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily notice of issues that became overdue (问题逾期): once per issue and deadline, to the project's officer
 * (the lead's owner) and to every leader. Idempotent: the issue's {@code overdue_notified} flag is set in the same
 * transaction as the notices (and each notice carries a dedup key), so a second run, a restart or a second node
 * sends nothing twice; a new deadline set by an edit clears the flag. Runs by
 * {@code chainleads.coordination.overdue-cron} (08:10 daily by default, {@code -} to switch off).
 */
@Component
public class OverdueIssueNotices {

    private static final Logger log = LoggerFactory.getLogger(OverdueIssueNotices.class);
    private static final int BATCH = 200;

    private final CoordinationIssueRepository issues;
    private final AppUserRepository users;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OverdueIssueNotices(
            CoordinationIssueRepository issues,
            AppUserRepository users,
            NotificationService notifications,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.issues = issues;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            cron = "${chainleads.coordination.overdue-cron:0 10 8 * * *}",
            zone = "${chainleads.time-zone:Asia/Shanghai}")
    void daily() {
        log.info("Overdue issue notices: {} issues became overdue", sendNotices());
    }

    /** Tells of the issues overdue today that were not told of yet; returns how many issues were told of. */
    public int sendNotices() {
        LocalDate today = LocalDate.now(clock);
        int total = 0;
        while (true) {
            // each batch in its own transaction: the flags set commit with their notices
            Integer done = transaction.execute(status -> sendBatch(today));
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private int sendBatch(LocalDate today) {
        List<CoordinationIssue> due = issues.findOverdueNotNotified(today, PageRequest.of(0, BATCH));
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> leaders = users.findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role.LEADER).stream()
                .map(AppUser::getId)
                .toList();
        for (CoordinationIssue issue : due) {
            NoticeMessage message = new NoticeMessage(
                            NoticeType.ISSUE_OVERDUE,
                            "coordination.notice.overdue",
                            List.of(
                                    NoticeArg.of(issue.getLeadNo()),
                                    NoticeArg.of(issue.getProjectName()),
                                    NoticeArg.translated(issue.getType().translationKey()),
                                    NoticeArg.of(issue.getDepartment()),
                                    NoticeArg.of(issue.getDeadline())),
                            null,
                            null)
                    .linkingTo(LeadPageTab.ISSUES.location(issue.getLeadId()))
                    .onceFor("issue-overdue:" + issue.getId() + ":" + issue.getDeadline());
            List<Long> recipients = new ArrayList<>(leaders);
            recipients.add(0, issue.getOwner().getId());
            notifications.notifyAll(recipients, message);
            issue.markOverdueNotified();
        }
        return due.size();
    }
}

package com.chainleads.practice.service;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.notice.domain.NoticeType;
import com.chainleads.notice.service.NoticeMessage;
import com.chainleads.notice.service.NotificationService;
import com.chainleads.practice.domain.FollowUpLevel;
import com.chainleads.practice.domain.PracticeLeadRepository;
import com.chainleads.practice.domain.ResponseClocks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders of the response clocks, to each lead's owner: stale (预警) and overdue (超期) leads — once
 * per lead, level and quiet spell (a follow-up starts a new spell) — and new leads not screened within the
 * working days (weekends skipped; public holidays are not known, see {@link
 * com.chainleads.practice.domain.WorkingDays}). Runs by {@code chainleads.practice.reminder-cron} (08:00 daily by
 * default, {@code -} to switch off); {@link #sendReminders()} can be called directly, e.g. by tests, and sends
 * nothing twice.
 */
@Component
public class ResponseClockReminders {

    private static final Logger log = LoggerFactory.getLogger(ResponseClockReminders.class);

    /** How many reminders one run sent. */
    public record Sent(int stale, int overdue, int screening) {
    }

    private final PracticeLeadRepository leads;
    private final ResponseClocks clocks;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ResponseClockReminders(PracticeLeadRepository leads, ResponseClocks clocks, NotificationService notifications,
            Clock clock, PlatformTransactionManager transactions) {
        this.leads = leads;
        this.clocks = clocks;
        this.notifications = notifications;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${chainleads.practice.reminder-cron:0 0 8 * * *}", zone = "${chainleads.time-zone:Asia/Shanghai}")
    void daily() {
        Sent sent = sendReminders();
        log.info("Response clock reminders sent: {} stale, {} overdue, {} not screened", sent.stale(), sent.overdue(),
                sent.screening());
    }

    /** Sends today's reminders that have not been sent yet. */
    public Sent sendReminders() {
        return transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            int[] counts = new int[3];
            LocalDate quietOn = today.minusDays(clocks.staleDays());
            var reportedBefore = quietOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            for (Lead lead : leads.findPossiblyQuiet(LeadStage.ACTIVE, quietOn, reportedBefore)) {
                LocalDate reportedOn = reportedOn(lead);
                FollowUpLevel level = clocks.level(lead.getStage(), reportedOn, lead.getLastFollowUpOn(), today);
                if (level == FollowUpLevel.CURRENT) {
                    continue;
                }
                LocalDate quietSince = ResponseClocks.quietSince(reportedOn, lead.getLastFollowUpOn());
                long days = ChronoUnit.DAYS.between(quietSince, today);
                boolean overdue = level == FollowUpLevel.OVERDUE;
                NoticeMessage message = NoticeMessage.of(overdue ? NoticeType.FOLLOW_UP_OVERDUE
                                : NoticeType.FOLLOW_UP_STALE,
                        overdue ? "practice.notice.followUpOverdue" : "practice.notice.followUpStale",
                        lead.getLeadNo(), lead.getProjectName(), days)
                        .linkingTo("leads/" + lead.getId())
                        .onceFor((overdue ? "follow-up-overdue:" : "follow-up-stale:") + lead.getId() + ":"
                                + quietSince);
                if (notifications.notify(lead.getOwner().getId(), message)) {
                    counts[overdue ? 1 : 0]++;
                }
            }
            var screeningCutoff = today.minusDays(clocks.screeningWorkingDays()).atStartOfDay(clock.getZone())
                    .toInstant();
            for (Lead lead : leads.findUnscreenedReportedBefore(screeningCutoff)) {
                LocalDate reportedOn = reportedOn(lead);
                if (!clocks.screeningLate(lead.getStage(), reportedOn, today)) {
                    continue;
                }
                NoticeMessage message = NoticeMessage.of(NoticeType.SCREENING_OVERDUE, "practice.notice.screeningLate",
                        lead.getLeadNo(), lead.getProjectName(), clocks.screeningWorkingDays())
                        .linkingTo("leads/" + lead.getId())
                        .onceFor("screening-late:" + lead.getId());
                if (notifications.notify(lead.getOwner().getId(), message)) {
                    counts[2]++;
                }
            }
            return new Sent(counts[0], counts[1], counts[2]);
        });
    }

    private LocalDate reportedOn(Lead lead) {
        return LocalDate.ofInstant(lead.getFirstReportedAt(), clock.getZone());
    }
}

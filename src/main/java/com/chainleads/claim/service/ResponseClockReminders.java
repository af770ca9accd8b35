package com.chainleads.claim.service;

import com.chainleads.claim.domain.PracticeLeadRepository;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.ResponseClocks;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
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
 * The daily reminders of the response clocks (the same {@link ResponseClocks} as the cockpit's supervision list),
 * to each lead's owner: active leads gone stale (预警) or overdue (超期) — once per lead, level and quiet spell (a
 * follow-up starts a new spell) — and new leads not screened within the working days (weekends skipped, public
 * holidays only as far as {@code chainleads.clocks.holidays} lists them). Runs by
 * {@code chainleads.practice.reminder-cron} (08:00 daily by default, {@code -} to switch off);
 * {@link #sendReminders()} can be called directly, e.g. by tests, and never sends a reminder twice.
 */
@Component
public class ResponseClockReminders {

    private static final Logger log = LoggerFactory.getLogger(ResponseClockReminders.class);

    /** How many reminders one run sent. */
    public record Sent(int stale, int overdue, int screening) {}

    private final PracticeLeadRepository leads;
    private final ResponseClocks clocks;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ResponseClockReminders(
            PracticeLeadRepository leads,
            ResponseClocks clocks,
            NotificationService notifications,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.leads = leads;
        this.clocks = clocks;
        this.notifications = notifications;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            cron = "${chainleads.practice.reminder-cron:0 0 8 * * *}",
            zone = "${chainleads.time-zone:Asia/Shanghai}")
    void daily() {
        Sent sent = sendReminders();
        log.info(
                "Response clock reminders sent: {} stale, {} overdue, {} not screened",
                sent.stale(),
                sent.overdue(),
                sent.screening());
    }

    /** Sends today's reminders that have not been sent yet. */
    public Sent sendReminders() {
        return transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            int stale = 0;
            int overdue = 0;
            int screening = 0;
            for (Lead lead : leads.findQuietSince(LeadStage.ACTIVE, clocks.staleLastActivity(today))) {
                ResponseClocks.Level level = clocks.level(lead.getLastActivityOn(), today);
                if (level == ResponseClocks.Level.ON_TIME) {
                    continue;
                }
                boolean late = level == ResponseClocks.Level.OVERDUE;
                long days = ChronoUnit.DAYS.between(lead.getLastActivityOn(), today);
                NoticeMessage message = NoticeMessage.of(
                                late ? NoticeType.FOLLOW_UP_OVERDUE : NoticeType.FOLLOW_UP_STALE,
                                late ? "practice.notice.followUpOverdue" : "practice.notice.followUpStale",
                                lead.getLeadNo(),
                                lead.getProjectName(),
                                days)
                        .linkingTo("leads/" + lead.getId())
                        .onceFor((late ? "follow-up-overdue:" : "follow-up-stale:") + lead.getId() + ":"
                                + lead.getLastActivityOn());
                if (notifications.notify(lead.getOwner().getId(), message)) {
                    if (late) {
                        overdue++;
                    } else {
                        stale++;
                    }
                }
            }
            var reportedBefore = clocks.lateScreeningReportedBy(today)
                    .plusDays(1)
                    .atStartOfDay(clock.getZone())
                    .toInstant();
            for (Lead lead : leads.findUnscreenedReportedBefore(reportedBefore)) {
                NoticeMessage message = NoticeMessage.of(
                                NoticeType.SCREENING_OVERDUE,
                                "practice.notice.screeningLate",
                                lead.getLeadNo(),
                                lead.getProjectName(),
                                clocks.screeningDeadline(
                                        LocalDate.ofInstant(lead.getFirstReportedAt(), clock.getZone())))
                        .linkingTo("leads/" + lead.getId())
                        .onceFor("screening-late:" + lead.getId());
                if (notifications.notify(lead.getOwner().getId(), message)) {
                    screening++;
                }
            }
            return new Sent(stale, overdue, screening);
        });
    }
}

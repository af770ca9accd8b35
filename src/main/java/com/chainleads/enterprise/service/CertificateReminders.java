package com.chainleads.enterprise.service;

import com.chainleads.enterprise.domain.ExpiringCertificate;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.notification.domain.NoticeArg;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeMessage;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders of certificates due for renewal — the ladder's "expiring within six months" list — to each
 * firm's 服务专员, or to the 科技科 when the firm has none. Once per certificate and recipient: a renewed certificate
 * leaves the list, and its successor is reminded of in its own time. Runs by
 * {@code chainleads.enterprise.reminder-cron} (08:05 daily by default, {@code -} to switch off).
 */
@Component
public class CertificateReminders {

    private static final Logger log = LoggerFactory.getLogger(CertificateReminders.class);

    private final TierHoldingRepository tiers;
    private final AppUserRepository users;
    private final NotificationService notifications;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CertificateReminders(
            TierHoldingRepository tiers,
            AppUserRepository users,
            NotificationService notifications,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.tiers = tiers;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            cron = "${chainleads.enterprise.reminder-cron:0 5 8 * * *}",
            zone = "${chainleads.time-zone:Asia/Shanghai}")
    void daily() {
        log.info("Certificate reminders sent: {}", sendReminders());
    }

    /** Sends today's reminders that have not been sent yet; returns how many were sent. */
    public int sendReminders() {
        Integer sent = transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock);
            List<Long> techOffice = users.findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role.TECH_OFFICE).stream()
                    .map(AppUser::getId)
                    .toList();
            int count = 0;
            for (ExpiringCertificate certificate :
                    tiers.expiringWithOfficers(today, today.plusMonths(LadderService.EXPIRY_MONTHS))) {
                NoticeMessage message = new NoticeMessage(
                                NoticeType.CERTIFICATE_EXPIRING,
                                "enterprise.notice.certificateExpiring",
                                List.of(
                                        NoticeArg.of(certificate.enterpriseName()),
                                        NoticeArg.translated(certificate.tier().translationKey()),
                                        NoticeArg.of(certificate.validUntil())),
                                null,
                                null)
                        .linkingTo("enterprises/" + certificate.enterpriseId())
                        .onceFor("certificate-expiring:" + certificate.enterpriseId() + ":"
                                + certificate.tier().name() + ":" + certificate.validUntil());
                List<Long> recipients = certificate.officerId() == null ? techOffice : List.of(certificate.officerId());
                for (long recipient : recipients) {
                    if (notifications.notify(recipient, message)) {
                        count++;
                    }
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }
}

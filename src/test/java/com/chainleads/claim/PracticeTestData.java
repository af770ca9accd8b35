package com.chainleads.claim;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.search.LeadIndexSync;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.summary.LeadSummaries;
import com.chainleads.notification.service.NoticeFilter;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.testsupport.SignIn;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test data for the rules of practice: leads with investors no other test uses, aged by moving their dates in
 * the database (the application's clock stays real), and the notifications a user received.
 */
@Component
public class PracticeTestData {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private final Random random = new Random();
    private final LeadService leads;
    private final ChainReferenceService chains;
    private final NotificationService notifications;
    private final SignIn signIn;
    private final JdbcTemplate jdbc;
    private final LeadIndexSync indexSync;
    private final LeadSummaries summaries;
    private final Clock clock;

    PracticeTestData(
            LeadService leads,
            ChainReferenceService chains,
            NotificationService notifications,
            SignIn signIn,
            JdbcTemplate jdbc,
            Clock clock,
            LeadIndexSync indexSync,
            LeadSummaries summaries) {
        this.indexSync = indexSync;
        this.summaries = summaries;
        this.leads = leads;
        this.chains = chains;
        this.notifications = notifications;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A brand nobody else uses: Latin letters the demo data never have, e.g. "Qxkvm". */
    public String uniqueBrand() {
        StringBuilder brand = new StringBuilder("Q");
        for (int i = 0; i < 5; i++) {
            brand.append((char) ('a' + random.nextInt(26)));
        }
        return brand.toString();
    }

    public String uniqueCreditCode() {
        StringBuilder body = new StringBuilder("91420100");
        for (int i = 0; i < 8; i++) {
            body.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return CreditCode.complete(body.toString()).value();
    }

    public LeadDraft draft(String investorName) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("撞单测试项目" + UUID.randomUUID().toString().substring(0, 8));
        draft.setInvestorName(investorName);
        draft.setSectorId(signIn.as("admin", () -> chains.sectors().get(0).id()));
        draft.setChannel(LeadChannel.EXPO);
        return draft;
    }

    /** Registers a lead as {@code user}; with a claim reason when given. */
    public LeadDetails register(
            String user, String investorName, @Nullable String creditCode, @Nullable String claimReason) {
        LeadDraft draft = draft(investorName);
        if (creditCode != null) {
            draft.setCreditCode(creditCode);
        }
        if (claimReason != null) {
            draft.setClaimReason(claimReason);
        }
        return signIn.as(user, () -> leads.create(draft));
    }

    public LeadDetails register(String user, String investorName) {
        return register(user, investorName, null, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Moves the lead's first report {@code reportedDaysAgo} back and its last activity {@code quietDays} back. */
    public void age(long leadId, long reportedDaysAgo, long quietDays) {
        LocalDate reportedOn = today().minusDays(reportedDaysAgo);
        jdbc.update(
                "update investment_lead set first_reported_at = ?, last_activity_on = ?, stage_entered_on = ? "
                        + "where id = ?",
                utc(reportedOn),
                today().minusDays(quietDays),
                reportedOn,
                leadId);
        // written behind the application's back: the index and the summaries are told
        indexSync.write(java.util.List.of(leadId));
        summaries.rebuild();
    }

    /** Puts the lead in a stage directly (as if moved there long ago). */
    public void stage(long leadId, LeadStage stage) {
        jdbc.update(
                "update investment_lead set stage = ?, stage_rank = ? where id = ?",
                stage.name(),
                stage.rank(),
                leadId);
        indexSync.write(java.util.List.of(leadId));
        summaries.rebuild();
    }

    /** A UTC wall-clock timestamp at 10:00 of the day in the district, as Hibernate stores instants. */
    public Timestamp utc(LocalDate day) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(
                day.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant(), ZoneOffset.UTC));
    }

    /** The notifications {@code user} received, newest first. */
    public List<NoticeRow> noticesOf(String user) {
        return signIn.as(user, () -> notifications.myNotices(NoticeFilter.ALL, PageRequest.of(0, 200)));
    }

    /** Those of {@code user}'s notifications that mention {@code text} in an argument. */
    public List<NoticeRow> noticesOf(String user, String messageKey, String text) {
        return noticesOf(user).stream()
                .filter(n -> n.messageKey().equals(messageKey))
                .filter(n -> n.args().stream()
                        .anyMatch(a -> String.valueOf(a.value(java.util.Locale.CHINA, k -> k))
                                .contains(text)))
                .toList();
    }
}

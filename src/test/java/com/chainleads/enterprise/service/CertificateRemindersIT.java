package com.chainleads.enterprise.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.notification.service.NotificationService;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;

/** Certificates due for renewal remind the firm's 服务专员 once, or the 科技科 when the firm has none. */
@IntegrationTest
@Import(LibraryTestData.class)
@WithUserDetails("tech1")
class CertificateRemindersIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    LibraryTestData data;

    @Autowired
    TierHoldingRepository tiers;

    @Autowired
    AppUserRepository users;

    @Autowired
    NotificationService notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestData() {
        jdbc.update("delete from notice where type = 'CERTIFICATE_EXPIRING'");
        data.removeAll();
    }

    private CertificateReminders remindersOn(LocalDate day) {
        return new CertificateReminders(
                tiers,
                users,
                notifications,
                Clock.fixed(day.atTime(8, 5).atZone(ZONE).toInstant(), ZONE),
                transactions);
    }

    private long userId(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow().getId();
    }

    private EnterpriseDetail firm(String name, String officer) {
        ProfileCommand profile = data.profile(name, LibraryTestData.uniqueCode(), "BIOMEDICINE", "BM_TCM", false);
        EnterpriseDetail detail = library.create(new ProfileCommand(
                profile.name(),
                profile.creditCode(),
                profile.sectorId(),
                profile.linkIds(),
                false,
                new BigDecimal("1200"),
                40,
                officer == null ? null : userId(officer)));
        data.remember(detail.id());
        return detail;
    }

    private List<Long> recipientsFor(long enterpriseId) {
        return jdbc.queryForList(
                "select recipient_id from notice where type = 'CERTIFICATE_EXPIRING' and target = ? order by"
                        + " recipient_id",
                Long.class,
                "enterprises/" + enterpriseId);
    }

    @Test
    void aCertificateRunningOutWithinSixMonthsRemindsTheFirmsOfficerOnceOnly() {
        EnterpriseDetail firm = firm("测试高新到期药业有限公司", "officer2");
        library.addTier(firm.id(), new TierCommand(CultivationTier.HIGH_TECH, LocalDate.of(2024, 2, 1), null, null));

        remindersOn(TODAY).sendReminders();
        remindersOn(TODAY.plusDays(1)).sendReminders();

        assertThat(recipientsFor(firm.id()))
                .as("valid until 2027-01-31, within six months, one reminder in two runs")
                .containsExactly(userId("officer2"));
    }

    @Test
    void aFirmWithoutOfficerRemindsTheTechOffice() {
        EnterpriseDetail firm = firm("测试无专员药业有限公司", null);
        library.addTier(firm.id(), new TierCommand(CultivationTier.TECH_SME, LocalDate.of(2026, 3, 1), null, null));

        remindersOn(TODAY).sendReminders();

        assertThat(recipientsFor(firm.id())).containsExactly(userId("tech1"));
    }

    @Test
    void renewedCertificatesAndThoseFurtherAheadAreNotReminded() {
        EnterpriseDetail renewed = firm("测试已续期药业有限公司", "officer1");
        library.addTier(renewed.id(), new TierCommand(CultivationTier.HIGH_TECH, LocalDate.of(2024, 2, 1), null, null));
        library.addTier(
                renewed.id(), new TierCommand(CultivationTier.HIGH_TECH, LocalDate.of(2026, 11, 20), null, null));
        EnterpriseDetail later = firm("测试远期到期药业有限公司", "officer1");
        library.addTier(later.id(), new TierCommand(CultivationTier.HIGH_TECH, LocalDate.of(2025, 3, 1), null, null));

        remindersOn(TODAY).sendReminders();

        assertThat(recipientsFor(renewed.id())).isEmpty();
        assertThat(recipientsFor(later.id())).as("valid until 2028-02-29").isEmpty();
    }

    @Test
    void aFirmsOfficerIsKeptOnItsProfileAndMustBeAnOfficer() {
        EnterpriseDetail firm = firm("测试专员药业有限公司", "officer3");

        assertThat(library.find(firm.id()).orElseThrow().profile().officerId()).isEqualTo(userId("officer3"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> library.update(
                        firm.id(),
                        firm.version(),
                        new ProfileCommand(
                                firm.profile().name(),
                                firm.profile().creditCode(),
                                firm.profile().sectorId(),
                                Set.copyOf(firm.profile().linkIds()),
                                false,
                                null,
                                null,
                                userId("leader"))))
                .isInstanceOf(com.chainleads.base.domain.BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("field", "officerId");
    }
}

package com.chainleads.enterprise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.EnterpriseAuditEntry;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.PlatformType;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@Import(LibraryTestData.class)
@WithUserDetails("tech1")
class EnterpriseLibraryServiceIT {

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    LibraryTestData data;

    @Autowired
    SignIn signIn;

    @AfterEach
    void removeTestEnterprises() {
        data.removeAll();
    }

    private static BusinessRuleException refused(ThrowingCallable call) {
        BusinessRuleException refusal = catchThrowableOfType(BusinessRuleException.class, call);
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    private static IndicatorsCommand figures(int year, String revenue, String rd, Integer rdStaff, Integer staff) {
        return new IndicatorsCommand(
                year, new BigDecimal(revenue), new BigDecimal("120"), new BigDecimal(rd), rdStaff, staff, 3, 5, 0, 2);
    }

    @Test
    void theTechOfficeKeepsAFullRecordAndEveryChangeIsLogged() {
        EnterpriseDetail created = data.enterprise("测试本草药业有限公司", true);
        library.addTier(
                created.id(),
                new TierCommand(CultivationTier.HIGH_TECH, LocalDate.of(2025, 12, 10), null, "GR202542000123"));
        library.addPlatform(
                created.id(),
                new PlatformCommand(
                        "湖北省测试中药工程技术研究中心",
                        PlatformType.ENGINEERING_RESEARCH_CENTER,
                        PlatformLevel.PROVINCIAL,
                        LocalDate.of(2024, 5, 1)));
        EnterpriseDetail detail = library.saveIndicators(created.id(), null, 0, figures(2025, "8800", "440", 30, 150));

        assertThat(detail.tiers()).singleElement().satisfies(tier -> {
            assertThat(tier.validUntil())
                    .as("高新: three years from the reference data")
                    .isEqualTo("2028-12-09");
            assertThat(tier.current()).isTrue();
        });
        assertThat(detail.platforms())
                .extracting(EnterpriseDetail.PlatformLine::level)
                .containsExactly(PlatformLevel.PROVINCIAL);
        assertThat(detail.indicators())
                .singleElement()
                .satisfies(line -> assertThat(line.figures().rdShare()).isEqualByComparingTo("0.05"));

        EnterpriseDetail.IndicatorLine year = detail.indicators().get(0);
        library.saveIndicators(created.id(), year.id(), year.version(), figures(2025, "9000", "450", 30, 150));
        assertThat(library.history(created.id()))
                .extracting(ChangeLine::subject, ChangeLine::field, ChangeLine::oldValue, ChangeLine::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                EnterpriseAuditEntry.Subject.INDICATORS, "2025.revenueWan", "8800", "9000"),
                        org.assertj.core.groups.Tuple.tuple(
                                EnterpriseAuditEntry.Subject.TIER,
                                "tier",
                                null,
                                "HIGH_TECH 2025-12-10～2028-12-09 GR202542000123"),
                        org.assertj.core.groups.Tuple.tuple(
                                EnterpriseAuditEntry.Subject.ENTERPRISE, "aboveScale", null, "true"));
        assertThat(library.history(created.id()))
                .allSatisfy(line -> assertThat(line.actorName()).isEqualTo("孙科"));
    }

    @Test
    void theLibraryIsFilteredBySectorLinkTierScaleAndText() {
        EnterpriseDetail high = data.enterprise("测试甲高新中药有限公司", true);
        EnterpriseDetail plain = data.enterprise("测试乙中药有限公司", false);
        library.addTier(high.id(), new TierCommand(CultivationTier.HIGH_TECH, LocalDate.of(2025, 12, 10), null, null));
        library.addPlatform(
                high.id(), new PlatformCommand("国家测试实验室", PlatformType.KEY_LABORATORY, PlatformLevel.NATIONAL, null));

        LibraryFilter mine = new LibraryFilter("测试", "BIOMEDICINE", "BM_TCM", null, false, null);
        assertThat(library.list(mine, PageRequest.of(0, 50)))
                .extracting(LibraryRow::id)
                .containsExactlyInAnyOrder(high.id(), plain.id());
        assertThat(library.count(mine)).isEqualTo(2);
        assertThat(library.list(mine.withTier(CultivationTier.HIGH_TECH), PageRequest.of(0, 50)))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(high.id());
                    assertThat(row.topTier()).isEqualTo(CultivationTier.HIGH_TECH);
                    assertThat(row.platforms()).isEqualTo(1);
                    assertThat(row.sectorCode()).isEqualTo("BIOMEDICINE");
                });
        assertThat(library.list(mine.withAboveScaleOnly(true), PageRequest.of(0, 50)))
                .extracting(LibraryRow::id)
                .containsExactly(high.id());
        assertThat(library.list(
                        new LibraryFilter("测试", null, null, null, false, PlatformLevel.NATIONAL),
                        PageRequest.of(0, 50)))
                .extracting(LibraryRow::id)
                .contains(high.id())
                .doesNotContain(plain.id());
        assertThat(library.count(mine.withSector("NEW_MATERIALS"))).isZero();
        String code = plain.profile().creditCode();
        assertThat(library.list(
                        new LibraryFilter(code.substring(0, 14), null, null, null, false, null), PageRequest.of(0, 50)))
                .extracting(LibraryRow::id)
                .contains(plain.id())
                .doesNotContain(high.id());
    }

    @Test
    void aFilterTravelsThroughTheAddressAndBack() {
        LibraryFilter filter = new LibraryFilter(
                "中药", "BIOMEDICINE", "BM_TCM", CultivationTier.LITTLE_GIANT, true, PlatformLevel.PROVINCIAL);

        assertThat(LibraryFilter.fromParameters(filter.toParameters())).isEqualTo(filter);
        assertThat(LibraryFilter.fromParameters(
                        Map.of("tier", java.util.List.of("NOPE"), "sector", java.util.List.of("x' or 1=1"))))
                .isEqualTo(LibraryFilter.all());
    }

    @Test
    void badInputIsRefusedAtItsField() {
        EnterpriseDetail enterprise = data.enterprise("测试丙中药有限公司", false);
        String taken = enterprise.profile().creditCode();

        BusinessRuleException twice =
                refused(() -> library.create(data.profile("另一家公司", taken, "BIOMEDICINE", "BM_TCM", false)));
        assertThat(twice.field()).isEqualTo("creditCode");
        assertThat(twice.messageKey()).isEqualTo("enterprise.error.creditCodeTaken");

        BusinessRuleException noDate = refused(
                () -> library.addTier(enterprise.id(), new TierCommand(CultivationTier.TECH_SME, null, null, null)));
        assertThat(noDate.field()).isEqualTo("grantedOn");
        assertThat(noDate.messageKey()).isEqualTo("enterprise.error.tierDate");

        BusinessRuleException negative =
                refused(() -> library.saveIndicators(enterprise.id(), null, 0, figures(2025, "1000", "-5", 1, 10)));
        assertThat(negative.field()).isEqualTo("rdExpenseWan");
        assertThat(negative.messageKey()).isEqualTo("enterprise.error.negative");

        assertThat(refused(() -> library.saveIndicators(enterprise.id(), null, 0, figures(2025, "1000", "5", 11, 10)))
                        .field())
                .isEqualTo("rdStaff");
        library.saveIndicators(enterprise.id(), null, 0, figures(2025, "1000", "5", 1, 10));
        assertThat(refused(() -> library.saveIndicators(enterprise.id(), null, 0, figures(2025, "1000", "5", 1, 10)))
                        .messageKey())
                .isEqualTo("enterprise.error.yearTaken");
        assertThat(refused(() -> library.addTier(
                                enterprise.id(),
                                new TierCommand(
                                        CultivationTier.TECH_SME,
                                        LocalDate.of(2026, 3, 1),
                                        LocalDate.of(2026, 2, 1),
                                        null)))
                        .field())
                .isEqualTo("validUntil");
        assertThat(library.find(enterprise.id()).orElseThrow().tiers()).isEmpty();
    }

    @Test
    void aSaveOverANewerSaveIsRefused() {
        EnterpriseDetail enterprise = data.enterprise("测试丁中药有限公司", false);
        ProfileCommand mine = enterprise.profile();
        library.update(
                enterprise.id(),
                enterprise.version(),
                new ProfileCommand(
                        "测试丁中药股份有限公司",
                        mine.creditCode(),
                        mine.sectorId(),
                        mine.linkIds(),
                        true,
                        mine.annualOutputWan(),
                        mine.jobs()));

        assertThatThrownBy(() -> library.update(enterprise.id(), enterprise.version(), mine))
                .isInstanceOf(OptimisticLockingFailureException.class);
        EnterpriseDetail withTier = library.addTier(
                enterprise.id(), new TierCommand(CultivationTier.TECH_SME, LocalDate.of(2026, 3, 1), null, null));
        EnterpriseDetail.TierLine tier = withTier.tiers().get(0);
        assertThatThrownBy(() -> library.removeTier(tier.id(), tier.version() + 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(library.removeTier(tier.id(), tier.version()).tiers()).isEmpty();
    }

    @Test
    void officersAndLeadersReadButOnlyAdministratorsAndTheTechOfficeEdit() {
        EnterpriseDetail enterprise = data.enterprise("测试戊中药有限公司", false);
        ProfileCommand another = data.profile("测试己公司", LibraryTestData.uniqueCode(), "BIOMEDICINE", "BM_TCM", false);

        for (String reader : new String[] {"officer1", "leader"}) {
            assertThat(signIn.as(reader, () -> library.find(enterprise.id()))).isPresent();
            assertThatThrownBy(() -> signIn.as(reader, () -> library.create(another)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signIn.as(
                            reader,
                            () -> library.addTier(
                                    enterprise.id(),
                                    new TierCommand(CultivationTier.TECH_SME, LocalDate.of(2026, 3, 1), null, null))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        EnterpriseDetail byAdmin = signIn.as("admin", () -> library.create(another));
        data.remember(byAdmin.id());
        assertThat(library.find(byAdmin.id())).isPresent();
    }
}

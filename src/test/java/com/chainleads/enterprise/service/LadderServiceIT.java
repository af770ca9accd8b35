package com.chainleads.enterprise.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.domain.HoldingLine;
import com.chainleads.enterprise.domain.InnovationPlatformRepository;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.enterprise.domain.YearlyIndicatorsRepository;
import com.chainleads.enterprise.summary.LadderStandings;
import com.chainleads.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The ladder on a fixed day: counts, this year's movement, R&D coverage and the renewals due. */
@IntegrationTest
@Import(LibraryTestData.class)
@WithUserDetails("tech1")
class LadderServiceIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    LibraryTestData data;

    @Autowired
    TierHoldingRepository tiers;

    @Autowired
    EnterpriseLibraryRepository enterprises;

    @Autowired
    YearlyIndicatorsRepository indicators;

    @Autowired
    InnovationPlatformRepository platforms;

    @Autowired
    LadderStandings standings;

    @AfterEach
    void removeTestEnterprises() {
        data.removeAll();
    }

    private LadderService ladderOn(LocalDate day) {
        return new LadderService(
                tiers,
                enterprises,
                standings,
                Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
    }

    private static TierCommand tier(CultivationTier tier, String grantedOn) {
        return new TierCommand(tier, LocalDate.parse(grantedOn), null, null);
    }

    @Test
    void theDemoDataHoldsTheDistrictsPublishedFigures() {
        Ladder district = ladderOn(LocalDate.of(2026, 12, 6)).ladder(null);

        assertThat(district.step(CultivationTier.TECH_SME).holders()).isEqualTo(707);
        assertThat(district.step(CultivationTier.HIGH_TECH).holders()).isEqualTo(373);
        assertThat(district.platforms()).isEqualTo(615);
        assertThat(district.coverage().aboveScale()).isEqualTo(151);
        assertThat(district.coverage().withRd()).isEqualTo(129);
        assertThat(district.coverage().percent()).isEqualByComparingTo("85.4");
        assertThat(district.step(CultivationTier.LITTLE_GIANT).holders())
                .isPositive()
                .isLessThan(district.step(CultivationTier.SPECIALIZED).holders());
        assertThat(district.step(CultivationTier.TECH_SME).gained()).isPositive();
        assertThat(district.step(CultivationTier.TECH_SME).lapsed()).isPositive();
        assertThat(district.step(CultivationTier.HIGH_TECH).lapsed()).isEqualTo(25);
    }

    @Test
    void countsMovementsCoverageAndExpiryFollowTheTierDates() {
        LocalDate day = LocalDate.of(2026, 6, 15);
        LadderService ladder = ladderOn(day);
        long sector = data.sector("BIOMEDICINE");
        Ladder before = ladder.ladder(sector);
        long expiringBefore = ladder.expiring(sector, PageRequest.of(0, 1)).getTotalElements();

        EnterpriseDetail newcomer = data.enterprise("测试新入库药业有限公司", true);
        library.addTier(newcomer.id(), tier(CultivationTier.TECH_SME, "2026-03-01"));
        EnterpriseDetail lapsed = data.enterprise("测试未续药业有限公司", false);
        library.addTier(lapsed.id(), tier(CultivationTier.TECH_SME, "2025-04-01"));
        EnterpriseDetail expiring = data.enterprise("测试将到期药业有限公司", true);
        library.addTier(expiring.id(), tier(CultivationTier.HIGH_TECH, "2023-11-10"));
        library.saveIndicators(
                expiring.id(),
                null,
                0,
                new IndicatorsCommand(
                        2025, new BigDecimal("5000"), null, new BigDecimal("260"), null, null, null, null, null, null));
        EnterpriseDetail renewed = data.enterprise("测试已续药业有限公司", false);
        library.addTier(renewed.id(), tier(CultivationTier.HIGH_TECH, "2023-11-10"));
        library.addTier(renewed.id(), tier(CultivationTier.HIGH_TECH, "2026-11-25"));
        EnterpriseDetail future = data.enterprise("测试年底入库药业有限公司", false);
        library.addTier(future.id(), tier(CultivationTier.TECH_SME, "2026-09-01"));

        Ladder after = ladder.ladder(sector);
        Ladder.Step techSme = after.step(CultivationTier.TECH_SME);
        Ladder.Step highTech = after.step(CultivationTier.HIGH_TECH);
        assertThat(techSme.holders() - before.step(CultivationTier.TECH_SME).holders())
                .as("the newcomer; the lapsed firm ran out on 2026-03-31, the September one is not there yet")
                .isEqualTo(1);
        assertThat(techSme.gained() - before.step(CultivationTier.TECH_SME).gained())
                .isEqualTo(1);
        assertThat(techSme.lapsed() - before.step(CultivationTier.TECH_SME).lapsed())
                .isEqualTo(1);
        assertThat(highTech.holders() - before.step(CultivationTier.HIGH_TECH).holders())
                .isEqualTo(2);
        assertThat(highTech.gained() - before.step(CultivationTier.HIGH_TECH).gained())
                .as("both held 高新 on 31 December")
                .isZero();
        assertThat(after.coverage().aboveScale() - before.coverage().aboveScale())
                .isEqualTo(2);
        assertThat(after.coverage().withRd() - before.coverage().withRd()).isEqualTo(1);
        assertThat(after.coverage().year()).isEqualTo(2025);

        assertThat(ladder.expiring(sector, PageRequest.of(0, 1)).getTotalElements() - expiringBefore)
                .as("the 2023 certificate not yet renewed, running out on 2026-11-09")
                .isEqualTo(1);
        assertThat(ladder.expiring(sector, PageRequest.of(0, 1000)).getContent())
                .extracting(HoldingLine::enterpriseId)
                .contains(expiring.id())
                .doesNotContain(renewed.id());
        assertThat(ladder.climbed(sector))
                .extracting(HoldingLine::enterpriseId)
                .contains(newcomer.id())
                .doesNotContain(renewed.id(), future.id());
        assertThat(ladder.lapsed(sector)).extracting(HoldingLine::enterpriseId).contains(lapsed.id());

        Ladder elsewhere = ladder.ladder(data.sector("CULTURAL_TOURISM"));
        assertThat(ladderOn(day).ladder(data.sector("CULTURAL_TOURISM"))).isEqualTo(elsewhere);
    }
}

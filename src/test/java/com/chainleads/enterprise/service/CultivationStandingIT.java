package com.chainleads.enterprise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStanding;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStandingRepository;
import com.chainleads.enterprise.cultivation.domain.ScoreIndicator;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.enterprise.cultivation.service.CriterionLine;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.service.FirmCultivation;
import com.chainleads.enterprise.cultivation.service.IndicatorLine;
import com.chainleads.enterprise.cultivation.service.PolicyLine;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.PlatformType;
import com.chainleads.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The stored standings (points, next tier, criteria met and gap) stay in step with a firm's edits and the model. */
@IntegrationTest
@Import(LibraryTestData.class)
@WithUserDetails("tech1")
class CultivationStandingIT {

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    CultivationService cultivation;

    @Autowired
    EnterpriseStandingRepository standings;

    @Autowired
    LibraryTestData data;

    @Autowired
    java.time.Clock clock;

    @Autowired
    com.chainleads.enterprise.domain.EnterpriseLibraryRepository enterprises;

    @Autowired
    com.chainleads.enterprise.cultivation.service.Standings standingWriter;

    @AfterEach
    void removeTestEnterprises() {
        data.removeAll();
    }

    private EnterpriseStanding standing(long id) {
        return standings.findById(id).orElseThrow();
    }

    /** 2025: revenue 3000 万 (2500 in 2024), tax 120, R&D 96 (3.2 %), 8 of 100 staff in R&D, 2 utility models, 1 software copyright. */
    private void enterFigures(long id) {
        library.saveIndicators(
                id,
                null,
                0,
                new IndicatorsCommand(2024, new BigDecimal("2500"), null, null, null, null, null, null, null, null));
        library.saveIndicators(
                id,
                null,
                0,
                new IndicatorsCommand(
                        2025, new BigDecimal("3000"), new BigDecimal("120"), new BigDecimal("96"), 8, 100, 0, 2, 0, 1));
    }

    @Test
    void everyFirmHasAStandingAndANewFirmStartsTowardsTheTechSmeTier() {
        assertThat(standings.count()).isEqualTo(standings.countEnterprises());

        EnterpriseDetail firm = data.enterprise("测试积分甲科技有限公司", false);

        EnterpriseStanding fresh = standing(firm.id());
        assertThat(fresh.getNextTier()).isEqualTo(CultivationTier.TECH_SME);
        assertThat(fresh.getCriteriaMet()).isZero();
        assertThat(fresh.getCriteriaMissing()).isEqualTo(3);
        assertThat(fresh.getPoints()).isEqualByComparingTo("0");
    }

    @Test
    void figuresPlatformsAndTiersUpdateTheStoredStandingInTheSameTransaction() {
        EnterpriseDetail firm = data.enterprise("测试积分乙科技有限公司", false);
        long id = firm.id();

        enterFigures(id);
        // R&D share 3.2 → 30, utility 4, software 1, growth 20 % → 45, tax 120 → 20
        assertThat(standing(id).getPoints()).isEqualByComparingTo("100");
        assertThat(standing(id).getCriteriaMet()).isEqualTo(2);
        assertThat(standing(id).getCriteriaMissing()).isEqualTo(1);
        assertThat(standing(id).getGap()).isEqualByComparingTo("0.2");

        library.addPlatform(
                id, new PlatformCommand("测试市级企业技术中心", PlatformType.ENTERPRISE_TECH_CENTER, PlatformLevel.CITY, null));
        assertThat(standing(id).getPoints()).isEqualByComparingTo("110");

        library.addTier(
                id,
                new TierCommand(CultivationTier.TECH_SME, LocalDate.now(clock).minusMonths(1), null, null));
        EnterpriseStanding sme = standing(id);
        assertThat(sme.getPoints()).isEqualByComparingTo("120");
        assertThat(sme.getNextTier()).isEqualTo(CultivationTier.HIGH_TECH);

        FirmCultivation shown = cultivation.firm(id);
        assertThat(shown.nextTier()).isEqualTo(CultivationTier.HIGH_TECH);
        assertThat(shown.points().total()).isEqualByComparingTo(sme.getPoints());
        assertThat(shown.districtRank()).isEqualTo(standings.countAbove(sme.getPoints(), null) + 1);
        assertThat(shown.criteria())
                .filteredOn(r -> !r.met())
                .extracting(
                        r -> r.kind().name(), r -> r.gap().stripTrailingZeros().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RD_SHARE", "1.8"),
                        org.assertj.core.groups.Tuple.tuple("RD_STAFF_SHARE", "2"));
    }

    @Test
    void aChangedPointsModelOrCriterionRecomputesEveryStandingAndTheCandidatesFollow() {
        EnterpriseDetail firm = data.enterprise("测试积分丙科技有限公司", false);
        long id = firm.id();
        enterFigures(id);
        IndicatorLine rdShare = cultivation.indicators().stream()
                .filter(l -> l.indicator() == ScoreIndicator.RD_SHARE)
                .findFirst()
                .orElseThrow();
        CriterionLine staffShare = cultivation.criteria().stream()
                .filter(c ->
                        c.tier() == CultivationTier.TECH_SME && c.kind().name().equals("RD_STAFF_SHARE"))
                .findFirst()
                .orElseThrow();
        try {
            cultivation.saveIndicator(
                    rdShare.id(),
                    rdShare.version(),
                    new IndicatorLine(
                            rdShare.id(),
                            0,
                            rdShare.indicator(),
                            new BigDecimal("2"),
                            rdShare.cap(),
                            null,
                            rdShare.bands()));
            assertThat(standing(id).getPoints()).isEqualByComparingTo("130");

            cultivation.saveCriterion(staffShare.id(), staffShare.version(), new BigDecimal("8"));
            assertThat(standing(id).getCriteriaMissing()).isZero();
            assertThat(standing(id).getGap()).isEqualByComparingTo("0");
            assertThat(cultivation.candidates(
                            data.sector("BIOMEDICINE"), CultivationTier.TECH_SME, PageRequest.of(0, 5000)))
                    .extracting(StandingRow::enterpriseId)
                    .contains(id);
        } finally {
            IndicatorLine now = cultivation.indicators().stream()
                    .filter(l -> l.id() == rdShare.id())
                    .findFirst()
                    .orElseThrow();
            cultivation.saveIndicator(now.id(), now.version(), rdShare);
            CriterionLine criterion = cultivation.criteria().stream()
                    .filter(c -> c.id() == staffShare.id())
                    .findFirst()
                    .orElseThrow();
            cultivation.saveCriterion(criterion.id(), criterion.version(), staffShare.threshold());
        }
        assertThat(standing(id).getPoints()).isEqualByComparingTo("100");
        assertThat(standing(id).getCriteriaMissing()).isEqualTo(1);
    }

    @Test
    void aFirmWrittenOutsideTheLibraryGetsItsStandingAtTheNextCatchUp() {
        com.chainleads.chain.domain.LocalEnterprise outside = new com.chainleads.chain.domain.LocalEnterprise(
                "测试图谱录入企业",
                com.chainleads.base.domain.CreditCode.parse(LibraryTestData.uniqueCode())
                        .orElseThrow());
        long id = enterprises.saveAndFlush(outside).getId();
        data.remember(id);
        assertThat(standings.findById(id)).isEmpty();

        assertThat(standingWriter.catchUp()).isPositive();

        assertThat(standing(id).getNextTier()).isEqualTo(CultivationTier.TECH_SME);
        assertThat(standingWriter.catchUp()).isZero();
    }

    @Test
    void aTopNPolicyLetsInTheFirmsRankedNOrBetterTiesIncluded() {
        PolicyLine top = cultivation.savePolicy(new PolicyLine(null, 0, "测试前三名奖励", "测试奖励", 3, null, null, null));
        try {
            java.util.List<StandingRow> ranked = cultivation.ranking(null, PageRequest.of(0, 10)).stream()
                    .map(com.chainleads.enterprise.cultivation.service.RankedRow::row)
                    .toList();
            BigDecimal third = ranked.get(2).points();
            long expected = ranked.stream()
                    .filter(r -> r.points().compareTo(third) >= 0)
                    .count();
            assertThat(cultivation.countQualifying(top.id()))
                    .isEqualTo(expected)
                    .isGreaterThanOrEqualTo(3);
            assertThat(cultivation.qualifying(top.id(), PageRequest.of(0, 10)))
                    .extracting(StandingRow::enterpriseId)
                    .containsExactlyElementsOf(ranked.stream()
                            .limit(expected)
                            .map(StandingRow::enterpriseId)
                            .toList());
        } finally {
            cultivation.deletePolicy(top.id(), top.version());
        }
    }

    @Test
    void aPolicyAskingForATierListsOnlyTheFirmsHoldingItToday() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        EnterpriseDetail holder = data.enterprise("测试持证戊科技有限公司", false);
        EnterpriseDetail lapsed = data.enterprise("测试过期己科技有限公司", false);
        EnterpriseDetail none = data.enterprise("测试无证庚科技有限公司", false);
        for (EnterpriseDetail firm : List.of(holder, lapsed, none)) {
            enterFigures(firm.id());
        }
        library.addTier(holder.id(), new TierCommand(CultivationTier.LITTLE_GIANT, today.minusYears(1), null, null));
        library.addTier(
                lapsed.id(),
                new TierCommand(CultivationTier.LITTLE_GIANT, today.minusYears(4), today.minusYears(1), null));
        PolicyLine policy = cultivation.savePolicy(new PolicyLine(
                null, 0, "测试小巨人支持", "测试奖励", null, null, new BigDecimal("90"), CultivationTier.LITTLE_GIANT));
        try {
            List<Long> letIn = cultivation.qualifying(policy.id(), PageRequest.of(0, 5000)).stream()
                    .map(StandingRow::enterpriseId)
                    .toList();
            assertThat(letIn).contains(holder.id()).doesNotContain(lapsed.id(), none.id());
            assertThat(cultivation.countQualifying(policy.id())).isEqualTo(letIn.size());
        } finally {
            PolicyLine stored = cultivation.policies().stream()
                    .filter(p -> java.util.Objects.equals(p.id(), policy.id()))
                    .findFirst()
                    .orElseThrow();
            cultivation.deletePolicy(stored.id(), stored.version());
        }
    }

    @Test
    void aRewardPolicyListsTheFirmsItsRuleLetsIn() {
        EnterpriseDetail firm = data.enterprise("测试积分丁科技有限公司", false);
        enterFigures(firm.id());
        PolicyLine policy = cultivation.savePolicy(new PolicyLine(
                null, 0, "测试研发奖励", "测试奖励 10 万元", null, new BigDecimal("100"), new BigDecimal("90"), null));
        try {
            assertThat(cultivation.qualifying(policy.id(), PageRequest.of(0, 5000)))
                    .extracting(StandingRow::enterpriseId)
                    .contains(firm.id())
                    .hasSize((int) cultivation.countQualifying(policy.id()));
            assertThat(cultivation.qualifying(policy.id(), PageRequest.of(0, 5000)))
                    .allMatch(r -> r.points().compareTo(new BigDecimal("100")) >= 0
                            && r.rdExpenseWan() != null
                            && r.rdExpenseWan().compareTo(new BigDecimal("90")) >= 0);
            assertThatThrownBy(() -> cultivation.savePolicy(new PolicyLine(null, 0, " ", "x", null, null, null, null)))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).field())
                    .isEqualTo("name");
        } finally {
            cultivation.deletePolicy(policy.id(), policy.version());
        }
    }
}

package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.SiteNeeds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static LeadDraft registered() {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("年产10万台精密减速器项目");
        draft.setInvestorName("苏州汇川精密传动有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        return draft;
    }

    private static LeadDraft negotiating() {
        LeadDraft draft = registered();
        draft.setChainLinkId(1L);
        draft.setProjectType(ProjectType.NEW);
        draft.setTotalInvestment(new BigDecimal("50000"));
        draft.setInvestorType(InvestorType.PRIVATE);
        draft.setOriginRegion(OriginRegion.YANGTZE_DELTA);
        draft.setCreditCode("91350100M000100Y43");
        draft.setChainPurpose(ChainPurpose.FILL_GAP);
        return draft;
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void registeringALeadNeedsOnlyProjectInvestorSectorAndChannel() {
        assertThat(LeadRules.validate(registered(), LeadStage.REGISTERED, TODAY))
                .isEmpty();
        assertThat(fields(LeadRules.validate(new LeadDraft(), LeadStage.REGISTERED, TODAY)))
                .containsExactlyInAnyOrder("projectName", "investorName", "sectorId", "channel");
    }

    @Test
    void moreBecomesRequiredAsTheStageAdvances() {
        assertThat(fields(LeadRules.validate(registered(), LeadStage.SCREENING, TODAY)))
                .containsExactlyInAnyOrder("chainLinkId", "projectType", "totalInvestment");
        assertThat(fields(LeadRules.validate(registered(), LeadStage.NEGOTIATING, TODAY)))
                .contains("creditCode", "chainPurpose", "investorType", "originRegion");
        assertThat(fields(LeadRules.validate(negotiating(), LeadStage.SIGNED, TODAY)))
                .containsExactlyInAnyOrder("signedOn", "signedAmount");
    }

    @Test
    void aPlainFieldOfAValueGroupKeepsItsColumnsLength() {
        LeadDraft draft = registered();
        draft.setText(Investor.CONTACT_LEADER, "张".repeat(50));
        assertThat(LeadRules.validate(draft, LeadStage.REGISTERED, TODAY)).isEmpty();
        draft.setText(Investor.CONTACT_LEADER, "张".repeat(51));
        assertThat(LeadRules.validate(draft, LeadStage.REGISTERED, TODAY))
                .containsExactly(new FieldProblem("contactLeader", "lead.error.tooLong", 50));
        assertThat(LeadRules.maxLength("contactLeader")).isEqualTo(50);
    }

    @Test
    void aWrongCreditCodeIsRefusedAtItsField() {
        LeadDraft draft = registered();
        draft.setCreditCode("91350100M000100Y44");
        assertThat(LeadRules.validate(draft, LeadStage.REGISTERED, TODAY))
                .containsExactly(new FieldProblem("creditCode", "creditCode.error.CHECK"));
    }

    @Test
    void amountsMustBeNonNegativeWithAtMostTwoDecimalsAndFixedAssetsWithinTheTotal() {
        LeadDraft draft = registered();
        draft.setTotalInvestment(new BigDecimal("100.123"));
        draft.setNumber(Economics.ANNUAL_TAX, new BigDecimal("-1"));
        assertThat(LeadRules.validate(draft, LeadStage.REGISTERED, TODAY))
                .containsExactlyInAnyOrder(
                        new FieldProblem("totalInvestment", "lead.error.twoDecimals"),
                        new FieldProblem("annualTax", "lead.error.negative"));
        draft.setTotalInvestment(new BigDecimal("100"));
        draft.setNumber(Economics.ANNUAL_TAX, null);
        draft.setNumber(Economics.FIXED_ASSET_INVESTMENT, new BigDecimal("120"));
        assertThat(LeadRules.validate(draft, LeadStage.REGISTERED, TODAY))
                .containsExactly(new FieldProblem("fixedAssetInvestment", "lead.error.fixedAboveTotal"));
    }

    @Test
    void datesMustBeConsistentSignedBeforeConstructionBeforeProduction() {
        LeadDraft draft = negotiating();
        draft.setSignedOn(LocalDate.of(2026, 5, 1));
        draft.setSignedAmount(new BigDecimal("48000"));
        draft.setPlannedStartOn(LocalDate.of(2026, 7, 1));
        draft.setActualStartOn(LocalDate.of(2026, 4, 1));
        draft.setActualProductionOn(LocalDate.of(2026, 3, 1));
        assertThat(LeadRules.validate(draft, LeadStage.PRODUCTION, TODAY))
                .containsExactlyInAnyOrder(
                        new FieldProblem("actualStartOn", "lead.error.before.signedOn"),
                        new FieldProblem("actualProductionOn", "lead.error.before.actualStartOn"));
        draft.setActualStartOn(LocalDate.of(2026, 12, 1));
        draft.setActualProductionOn(LocalDate.of(2026, 12, 2));
        assertThat(LeadRules.validate(draft, LeadStage.PRODUCTION, TODAY))
                .containsExactlyInAnyOrder(
                        new FieldProblem("actualStartOn", "lead.error.future"),
                        new FieldProblem("actualProductionOn", "lead.error.future"));
    }

    @Test
    void aReferrerChannelNeedsTheReferrersName() {
        LeadDraft draft = registered();
        draft.setChannel(LeadChannel.REFERRER);
        assertThat(LeadRules.validate(draft, LeadStage.REGISTERED, TODAY))
                .containsExactly(new FieldProblem("referrer", "lead.error.referrerRequired"));
    }

    @Test
    void losingALeadNeedsAReason() {
        assertThat(LeadRules.checkTransition(LeadStage.CONTACT, LeadStage.LOST, null, " "))
                .containsExactly(new FieldProblem("lostReason", "lead.stage.error.reasonRequired"));
        assertThat(LeadRules.checkTransition(LeadStage.CONTACT, LeadStage.LOST, null, "选择了竞争城市"))
                .isEmpty();
    }

    @Test
    void goingBackNeedsACommentAndIsImpossibleAfterSigning() {
        assertThat(LeadRules.checkTransition(LeadStage.NEGOTIATING, LeadStage.CONTACT, null, null))
                .containsExactly(new FieldProblem("comment", "lead.stage.error.commentRequired"));
        assertThat(LeadRules.checkTransition(LeadStage.NEGOTIATING, LeadStage.CONTACT, "需重新考察", null))
                .isEmpty();
        assertThat(LeadRules.checkTransition(LeadStage.SIGNED, LeadStage.NEGOTIATING, "撤回", null))
                .containsExactly(new FieldProblem("target", "lead.stage.error.backAfterSigning"));
    }

    @Test
    void forwardMovesHoldsAndFinalStagesFollowThePipeline() {
        assertThat(LeadRules.checkTransition(LeadStage.REGISTERED, LeadStage.NEGOTIATING, null, null))
                .isEmpty();
        assertThat(LeadRules.checkTransition(LeadStage.SIGNED, LeadStage.ON_HOLD, null, null))
                .isEmpty();
        assertThat(LeadRules.checkTransition(LeadStage.ON_HOLD, LeadStage.SIGNED, null, null))
                .isEmpty();
        assertThat(LeadRules.checkTransition(LeadStage.FULL_CAPACITY, LeadStage.LOST, "x", "x"))
                .containsExactly(new FieldProblem("target", "lead.stage.error.final"));
        assertThat(LeadRules.checkTransition(LeadStage.LOST, LeadStage.SIGNED, "重启", null))
                .containsExactly(new FieldProblem("target", "lead.stage.error.reopenBeforeSigning"));
        assertThat(LeadRules.checkTransition(LeadStage.LOST, LeadStage.CONTACT, "企业重新联系", null))
                .isEmpty();
        assertThat(LeadRules.checkTransition(LeadStage.CONTACT, LeadStage.CONTACT, null, null))
                .containsExactly(new FieldProblem("target", "lead.stage.error.same"));
    }

    @Test
    void singleFieldRulesAreTheOnesTheFormAndTheImportAsk() {
        assertThat(LeadRules.amountProblem(new BigDecimal("-1"))).isEqualTo("lead.error.negative");
        assertThat(LeadRules.amountProblem(new BigDecimal("1.005"))).isEqualTo("lead.error.twoDecimals");
        assertThat(LeadRules.amountProblem(new BigDecimal("1000000000000"))).isNull();
        assertThat(LeadRules.numberProblem(Economics.ANNUAL_OUTPUT, new BigDecimal("1000000000000")))
                .isNull();
        assertThat(LeadRules.numberProblem(SiteNeeds.LAND_MU, new BigDecimal("1000000000000")))
                .isEqualTo("lead.error.tooLarge"); // an area holds less than an amount
        assertThat(LeadRules.numberProblem(SiteNeeds.LAND_MU, null)).isNull();
        assertThat(LeadRules.maxLength("referrer")).isEqualTo(100);
        assertThat(LeadRules.referrerMissing(LeadChannel.REFERRER, " ")).isTrue();
        assertThat(LeadRules.referrerMissing(LeadChannel.SELF, "")).isFalse();
        assertThat(LeadRules.numberProblem(Economics.JOBS, new BigDecimal("-1")))
                .isEqualTo("lead.error.count");
        assertThat(LeadRules.numberProblem(Economics.JOBS, new BigDecimal("2.5")))
                .isEqualTo("lead.error.count");
        assertThat(LeadRules.numberProblem(Economics.JOBS, new BigDecimal("10000001")))
                .isEqualTo("lead.error.count");
        assertThat(LeadRules.numberProblem(Economics.JOBS, new BigDecimal("10000000")))
                .isNull();
        assertThat(LeadRules.numberProblem(Economics.JOBS, null)).isNull();

        LeadDraft draft = registered();
        draft.setReferrer("x".repeat(LeadRules.maxLength("referrer") + 1));
        assertThat(LeadRules.validate(draft, LeadStage.REGISTERED, TODAY))
                .containsExactly(new FieldProblem("referrer", "lead.error.tooLong", 100));
    }
}

package com.chainleads.claim.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.claim.PracticeTestData;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.HandoverRow;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A leader's ruling on a waiting 撞单 claim: keep, transfer or share, what happens to the two leads, who is told, and
 * how the ruling shows on both leads' pages.
 */
@IntegrationTest
class ClaimRulingIT {

    @Autowired
    ClaimService claims;

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    PracticeTestData data;

    @Autowired
    SignIn signIn;

    private record Case(LeadDetails first, LeadDetails claimLead, ClaimDetails claim) {}

    /** officer1 (招商一科) reported the investor first; officer2 (招商二科) claims it. */
    private Case waitingClaim() {
        String brand = data.uniqueBrand();
        LeadDetails first = data.register("officer1", "苏州" + brand + "半导体有限公司");
        LeadDetails claimLead = data.register("officer2", brand + "半导体（苏州）有限公司", null, "企业投资总监由我科室引荐，已来区考察两次");
        long claimId = signIn.as("officer2", () -> claims.claimsOfLead(claimLead.id()))
                .get(0)
                .claimId();
        return new Case(first, claimLead, signIn.as("leader", () -> claims.load(claimId)));
    }

    private ClaimDetails rule(Case c, ClaimOutcome outcome, Integer percent, String reason) {
        return signIn.as(
                "leader",
                () -> claims.rule(
                        c.claim().claim().id(), c.claim().claim().version(), new Ruling(outcome, percent, reason)));
    }

    private LeadClaimRow onPage(String user, long leadId) {
        List<LeadClaimRow> rows = signIn.as(user, () -> claims.claimsOfLead(leadId));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void keepLeavesTheFirstReportAsItIsAndClosesTheClaimantsLead() {
        Case c = waitingClaim();

        ClaimDetails ruled = rule(c, ClaimOutcome.KEEP, null, "招商一科首报在先且持续跟进");

        assertThat(ruled.claim().status()).isEqualTo(ClaimStatus.RULED);
        assertThat(ruled.claim().ruledByName()).isEqualTo("王建国");
        LeadDetails first = signIn.as("officer1", () -> leads.load(c.first().id()));
        assertThat(first.ownerName()).isEqualTo("李明");
        assertThat(first.stage()).isEqualTo(LeadStage.REGISTERED);
        LeadDetails closed =
                signIn.as("officer2", () -> leads.load(c.claimLead().id()));
        assertThat(closed.stage()).isEqualTo(LeadStage.LOST);
        assertThat(closed.draft().getLostReason())
                .contains("归首报单位 招商一科")
                .contains("王建国")
                .contains("招商一科首报在先且持续跟进")
                .doesNotContain(c.first().leadNo());
        assertThat(signIn.as(
                                "officer2",
                                () -> activity.stageHistory(c.claimLead().id()))
                        .get(0)
                        .changedByName())
                .isEqualTo("王建国");

        assertThat(data.noticesOf(
                        "officer2",
                        "practice.notice.ruledKeepClaimant",
                        c.claimLead().leadNo()))
                .singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NoticeType.CLAIM_RULED));
        assertThat(data.noticesOf(
                        "officer1", "practice.notice.ruledKeepFirst", c.first().leadNo()))
                .hasSize(1);
    }

    @Test
    void theRulingShowsOnBothLeadsAndTheOtherSideStaysMaskedForOfficers() {
        Case c = waitingClaim();
        rule(c, ClaimOutcome.KEEP, null, "首报在先");

        LeadClaimRow onClaimLead = onPage("officer2", c.claimLead().id());
        assertThat(onClaimLead.claimant()).isTrue();
        assertThat(onClaimLead.outcome()).isEqualTo(ClaimOutcome.KEEP);
        assertThat(onClaimLead.ruledByName()).isEqualTo("王建国");
        assertThat(onClaimLead.rulingReason()).isEqualTo("首报在先");
        assertThat(onClaimLead.otherUnitZh()).isEqualTo("招商一科");
        assertThat(onClaimLead.otherLeadId())
                .as("officer2 may not see the first lead")
                .isNull();
        assertThat(onClaimLead.otherLeadNo()).isNull();

        LeadClaimRow onFirst = onPage("officer1", c.first().id());
        assertThat(onFirst.claimant()).isFalse();
        assertThat(onFirst.rulingReason()).isEqualTo("首报在先");
        assertThat(onFirst.otherLeadId()).isNull();
        assertThat(onFirst.filedByName())
                .as("the claimant officer stays unnamed to the other unit")
                .isNull();

        LeadClaimRow forLeader = onPage("leader", c.first().id());
        assertThat(forLeader.otherLeadId()).isEqualTo(c.claimLead().id());
        assertThat(forLeader.filedByName()).isEqualTo("张丽");
    }

    @Test
    void transferHandsTheFirstReportWithItsHistoryToTheClaimant() {
        Case c = waitingClaim();

        rule(c, ClaimOutcome.TRANSFER, null, "企业明确要求由招商二科对接");

        LeadDetails first = signIn.as("officer2", () -> leads.load(c.first().id()));
        assertThat(first.ownerName()).isEqualTo("张丽");
        assertThat(first.unitNameZh()).isEqualTo("招商二科");
        assertThat(first.firstReporterName())
                .as("the first report stays on record")
                .isEqualTo("李明");
        List<HandoverRow> handovers =
                signIn.as("officer2", () -> activity.handovers(c.first().id()));
        assertThat(handovers).singleElement().satisfies(h -> {
            assertThat(h.handedOverByName()).isEqualTo("王建国");
            assertThat(h.reason()).contains("撞单裁定").contains("企业明确要求由招商二科对接");
        });
        LeadDetails closed =
                signIn.as("officer2", () -> leads.load(c.claimLead().id()));
        assertThat(closed.stage()).isEqualTo(LeadStage.LOST);
        assertThat(closed.draft().getLostReason()).contains(c.first().leadNo());
        assertThatThrownBy(
                        () -> signIn.as("officer1", () -> leads.load(c.first().id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(onPage("officer2", c.claimLead().id()).otherLeadId())
                .as("now the claimant's own")
                .isEqualTo(c.first().id());

        assertThat(data.noticesOf(
                        "officer2",
                        "practice.notice.ruledTransferClaimant",
                        c.first().leadNo()))
                .singleElement()
                .satisfies(n ->
                        assertThat(n.target()).isEqualTo("leads/" + c.first().id()));
        assertThat(data.noticesOf(
                        "officer2", "practice.notice.handedOver", c.first().leadNo()))
                .singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NoticeType.LEAD_HANDED_OVER));
        assertThat(data.noticesOf(
                        "officer1",
                        "practice.notice.ruledTransferFirst",
                        c.first().leadNo()))
                .singleElement()
                .satisfies(n ->
                        assertThat(n.target()).as("no longer theirs to open").isNull());
    }

    @Test
    void shareSplitsTheCreditOfTheFirstReportBetweenBothUnits() {
        Case c = waitingClaim();

        ClaimDetails ruled = rule(c, ClaimOutcome.SHARE, 40, "两科室均有实质接触");

        assertThat(ruled.shares())
                .extracting(ShareRow::unitZh, ShareRow::officerName, ShareRow::percent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("招商一科", "李明", 60),
                        org.assertj.core.groups.Tuple.tuple("招商二科", "张丽", 40));
        assertThat(signIn.as("officer1", () -> leads.load(c.first().id())).ownerName())
                .isEqualTo("李明");
        assertThat(signIn.as("officer2", () -> leads.load(c.claimLead().id())).stage())
                .isEqualTo(LeadStage.LOST);
        assertThat(onPage("officer1", c.first().id()).shares())
                .extracting(ShareRow::officerName, ShareRow::percent)
                .as("the other unit's officer stays unnamed")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("李明", 60), org.assertj.core.groups.Tuple.tuple(null, 40));
        assertThat(data.noticesOf(
                        "officer2",
                        "practice.notice.ruledShareClaimant",
                        c.claimLead().leadNo()))
                .hasSize(1);
        assertThat(data.noticesOf(
                        "officer1", "practice.notice.ruledShareFirst", c.first().leadNo()))
                .hasSize(1);
    }

    @Test
    void aShareNeedsAPercentAndEveryRulingAReason() {
        Case c = waitingClaim();

        assertThatThrownBy(() -> rule(c, ClaimOutcome.SHARE, null, " "))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("reason", "claimantPercent"));
        assertThatThrownBy(() -> rule(c, ClaimOutcome.SHARE, 100, "全部归申报单位")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> rule(c, null, null, "理由"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("outcome"));
        assertThat(signIn.as("leader", () -> claims.load(c.claim().claim().id()))
                        .claim()
                        .status())
                .isEqualTo(ClaimStatus.PENDING);
    }

    @Test
    void aClaimIsRuledOnceAndAgainstTheVersionTheLeaderSaw() {
        Case c = waitingClaim();
        rule(c, ClaimOutcome.KEEP, null, "首报在先");

        assertThatThrownBy(() -> rule(c, ClaimOutcome.TRANSFER, null, "改判"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long current = signIn.as("leader", () -> claims.load(c.claim().claim().id()))
                .claim()
                .version();
        assertThatThrownBy(() -> signIn.as(
                        "leader",
                        () -> claims.rule(
                                c.claim().claim().id(), current, new Ruling(ClaimOutcome.TRANSFER, null, "改判"))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.ruling.error.settled"));
    }

    @Test
    void officersMayNotRuleButAdministratorsMay() {
        Case c = waitingClaim();

        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> claims.rule(
                                c.claim().claim().id(),
                                c.claim().claim().version(),
                                new Ruling(ClaimOutcome.KEEP, null, "自己裁定"))))
                .isInstanceOf(AccessDeniedException.class);
        ClaimDetails ruled = signIn.as(
                "admin",
                () -> claims.rule(
                        c.claim().claim().id(),
                        c.claim().claim().version(),
                        new Ruling(ClaimOutcome.KEEP, null, "管理员代为录入领导裁定")));
        assertThat(ruled.claim().status()).isEqualTo(ClaimStatus.RULED);
    }

    @Test
    void deletingAMistakenClaimLeadWithdrawsItsClaim() {
        Case c = waitingClaim();

        signIn.as(
                "officer2", () -> leads.delete(c.claimLead().id(), c.claimLead().version()));

        assertThat(signIn.as("officer1", () -> claims.claimsOfLead(c.first().id())))
                .isEmpty();
        assertThatThrownBy(() ->
                        signIn.as("leader", () -> claims.load(c.claim().claim().id())))
                .isInstanceOf(RecordNotFoundException.class);
    }
}

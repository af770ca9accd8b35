package com.chainleads.claim.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.claim.PracticeTestData;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.domain.MatchReason;
import com.chainleads.claim.domain.ProtectionState;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Filing a 撞单 claim with a new lead, and the first-report rule: within the protection window the claim waits for
 * a leader; once the window is over (day 91) or the first lead went 超期 (60 days without follow-up) it is granted
 * at once, the first lead goes to the claimant and its previous owner is told.
 */
@IntegrationTest
class ClaimFilingIT {

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    ClaimService claims;

    @Autowired
    PracticeTestData data;

    @Autowired
    SignIn signIn;

    private LeadDetails firstReport(String investor) {
        return data.register("officer1", investor);
    }

    private LeadDetails claim(String investor) {
        return data.register("officer2", investor, null, "企业董事长在中博会上与我科室直接洽谈，约定下月来区考察");
    }

    private List<LeadClaimRow> claimsOf(String user, long leadId) {
        return signIn.as(user, () -> claims.claimsOfLead(leadId));
    }

    @Test
    void registeringAnotherUnitsInvestorWithoutAClaimIsRefusedAtTheClaimReason() {
        String brand = data.uniqueBrand();
        firstReport(brand + "新能源科技有限公司");
        long before = signIn.as("officer2", () -> queries.count(LeadFilter.NONE));
        LeadDraft draft = data.draft(brand + "新能源科技股份有限公司");

        assertThatThrownBy(() -> signIn.as("officer2", () -> leads.create(draft)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new FieldProblem("claimReason", "lead.claim.error.required")));
        assertThat(signIn.as("officer2", () -> queries.count(LeadFilter.NONE))).isEqualTo(before);
    }

    @Test
    void aClaimOnAProtectedFirstReportWaitsForTheLeadersAndTellsThemAndTheFirstOwner() {
        String brand = data.uniqueBrand();
        LeadDetails first = firstReport(brand + "储能科技有限公司");
        LeadDetails claimLead = claim(brand + "储能科技有限公司");

        ClaimRow row = signIn
                .as(
                        "leader",
                        () -> claims.claims(
                                ClaimStatus.PENDING, org.springframework.data.domain.PageRequest.of(0, 500)))
                .stream()
                .filter(c -> c.claimLeadId() == claimLead.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.firstLeadId()).isEqualTo(first.id());
        assertThat(row.claimantUnitZh()).isEqualTo("招商二科");
        assertThat(row.firstUnitZh()).isEqualTo("招商一科");
        assertThat(row.protection()).isEqualTo(ProtectionState.PROTECTED);
        assertThat(signIn.as("leader", () -> claims.load(row.id())).matchReason())
                .isEqualTo(MatchReason.SAME_NAME);
        assertThat(signIn.as("officer2", () -> leads.load(claimLead.id())).stage())
                .as("the claimant works on while the leaders decide")
                .isEqualTo(LeadStage.REGISTERED);

        assertThat(data.noticesOf("leader", "practice.notice.claimFiled", brand))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.type()).isEqualTo(NoticeType.CLAIM_FILED);
                    assertThat(n.target()).isEqualTo("rulings/" + row.id());
                });
        assertThat(data.noticesOf("officer1", "practice.notice.claimAgainstYou", first.leadNo()))
                .singleElement()
                .satisfies(n -> assertThat(n.target()).isEqualTo("leads/" + first.id()));
        assertThat(claimsOf("officer2", claimLead.id())).singleElement().satisfies(c -> {
            assertThat(c.claimant()).isTrue();
            assertThat(c.status()).isEqualTo(ClaimStatus.PENDING);
        });
    }

    @Test
    void onDayNinetyTheFirstReportStillProtectsItsInvestor() {
        String brand = data.uniqueBrand();
        LeadDetails first = firstReport(brand + "医疗器械有限公司");
        data.age(first.id(), 90, 10);

        LeadDetails claimLead = claim(brand + "医疗器械有限公司");

        assertThat(claimsOf("officer2", claimLead.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.PENDING));
        assertThat(signIn.as("officer1", () -> leads.load(first.id())).ownerName())
                .isEqualTo("李明");
    }

    @Test
    void onDayNinetyOneTheClaimIsGrantedWithoutARulingAndThePreviousOwnerIsTold() {
        String brand = data.uniqueBrand();
        LeadDetails first = firstReport(brand + "医疗器械有限公司");
        data.age(first.id(), 91, 10);

        LeadDetails claimLead = claim(brand + "医疗器械有限公司");

        assertThat(claimLead.stage())
                .as("a second record of the investor, closed")
                .isEqualTo(LeadStage.LOST);
        assertThat(claimLead.draft().getLostReason()).contains(first.leadNo()).contains("首报保护期已过");
        LeadDetails handedOver = signIn.as("officer2", () -> leads.load(first.id()));
        assertThat(handedOver.ownerName()).isEqualTo("张丽");
        assertThat(handedOver.unitNameZh()).isEqualTo("招商二科");
        assertThatThrownBy(() -> signIn.as("officer1", () -> leads.load(first.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(claimsOf("officer2", claimLead.id())).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ClaimStatus.RULED);
            assertThat(c.outcome()).isEqualTo(ClaimOutcome.TRANSFER);
            assertThat(c.grantedBecause()).isEqualTo(ProtectionState.EXPIRED);
            assertThat(c.ruledByName()).isNull();
        });
        assertThat(data.noticesOf("officer1", "practice.notice.firstReportExpired", first.leadNo()))
                .singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo(NoticeType.FIRST_REPORT_EXPIRED));
        assertThat(data.noticesOf("officer2", "practice.notice.claimGranted", first.leadNo()))
                .singleElement()
                .satisfies(n -> assertThat(n.target()).isEqualTo("leads/" + first.id()));
        assertThat(data.noticesOf("leader", "practice.notice.claimFiled", brand))
                .as("nothing to rule")
                .isEmpty();
    }

    @Test
    void fiftyNineDaysWithoutFollowUpStillProtect() {
        String brand = data.uniqueBrand();
        LeadDetails first = firstReport(brand + "工业软件有限公司");
        data.age(first.id(), 70, 59);

        LeadDetails claimLead = claim(brand + "工业软件有限公司");

        assertThat(claimsOf("officer2", claimLead.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.PENDING));
    }

    @Test
    void sixtyDaysWithoutFollowUpAreOverdueAndTheClaimIsGranted() {
        String brand = data.uniqueBrand();
        LeadDetails first = firstReport(brand + "工业软件有限公司");
        data.age(first.id(), 70, 60);

        LeadDetails claimLead = claim(brand + "工业软件有限公司");

        assertThat(claimsOf("officer2", claimLead.id())).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(ClaimOutcome.TRANSFER);
            assertThat(c.grantedBecause()).isEqualTo(ProtectionState.OVERDUE);
        });
        assertThat(signIn.as("officer2", () -> leads.load(first.id())).ownerName())
                .isEqualTo("张丽");
    }

    @Test
    void aSignedFirstReportKeepsItsInvestorHoweverOld() {
        String brand = data.uniqueBrand();
        LeadDetails first = firstReport(brand + "显示科技有限公司");
        data.age(first.id(), 300, 100);
        data.stage(first.id(), LeadStage.SIGNED);

        LeadDetails claimLead = claim(brand + "显示科技有限公司");

        assertThat(claimsOf("officer2", claimLead.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.PENDING));
    }

    @Test
    void aClaimOnASimilarNameIsTheOfficersChoice() {
        String brand = data.uniqueBrand();
        LeadDetails first = firstReport(brand + "精密传动科技有限公司");
        String stem = brand.substring(0, brand.length() - 1);
        String typo = stem + (brand.endsWith("z") ? "y" : "z");
        String otherTypo = stem + (brand.endsWith("x") ? "w" : "x");

        LeadDetails without = data.register("officer2", typo + "精密传动科技有限公司");
        assertThat(claimsOf("officer2", without.id())).isEmpty();

        LeadDetails with = data.register("officer3", otherTypo + "精密传动科技有限公司", null, "与首报企业实为同一家，名称录入有误");
        assertThat(claimsOf("officer3", with.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.otherUnitZh()).isEqualTo("招商一科"));
        assertThat(signIn.as(
                                "leader",
                                () -> claims.load(
                                        claimsOf("officer3", with.id()).get(0).claimId()))
                        .firstLead()
                        .id())
                .isEqualTo(first.id());
    }

    @Test
    void editingTheInvestorIntoAnotherUnitsAlsoNeedsAClaim() {
        String brand = data.uniqueBrand();
        firstReport(brand + "光伏科技有限公司");
        LeadDetails mine = data.register("officer3", data.uniqueBrand() + "光伏科技有限公司");
        LeadDraft edited = mine.draft();
        edited.setInvestorName(brand + "光伏科技有限公司");

        assertThatThrownBy(() -> signIn.as("officer3", () -> leads.update(mine.id(), mine.version(), edited)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("claimReason"));

        edited.setClaimReason("企业已与我科室签署考察备忘录");
        signIn.as("officer3", () -> leads.update(mine.id(), mine.version(), edited));
        assertThat(claimsOf("officer3", mine.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.PENDING));
    }

    @Test
    void officersDoNotSeeTheRulingQueue() {
        assertThatThrownBy(() -> signIn.as(
                        "officer1",
                        () -> claims.claims(
                                ClaimStatus.PENDING, org.springframework.data.domain.PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }
}

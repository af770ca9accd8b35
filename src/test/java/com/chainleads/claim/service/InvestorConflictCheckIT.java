package com.chainleads.claim.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.claim.PracticeTestData;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.InvestorConflict;
import com.chainleads.lead.service.InvestorConflict.ClaimOption;
import com.chainleads.lead.service.InvestorConflict.Likeness;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 撞单 detection at entry: which leads of all units are found, and what of them the officer learns (masking). */
@IntegrationTest
class InvestorConflictCheckIT {

    @Autowired
    LeadService leads;

    @Autowired
    PracticeTestData data;

    @Autowired
    SignIn signIn;

    private List<InvestorConflict> check(String user, String investorName, String creditCode, Long leadId) {
        return signIn.as(user, () -> leads.investorConflicts(investorName, creditCode, null, leadId));
    }

    @Test
    void anOfficerLearnsOnlyTheUnitTheDayAndTheStageOfAnotherUnitsLead() {
        String brand = data.uniqueBrand();
        data.register("officer1", "合肥" + brand + "半导体科技有限公司");

        List<InvestorConflict> hints = check("officer2", brand + "半导体科技（合肥）有限公司", "", null);

        assertThat(hints)
                .containsExactly(new InvestorConflict(
                        Likeness.SAME,
                        "招商一科",
                        "Investment Division 1",
                        data.today(),
                        LeadStage.REGISTERED,
                        false,
                        ClaimOption.REQUIRED));
    }

    @Test
    void theHintCarriesNothingBeyondUnitDayStageAndWhatTheOfficerMayDo() {
        assertThat(Arrays.stream(InvestorConflict.class.getRecordComponents()).map(RecordComponent::getName))
                .as("no lead number, project, investor name, owner or amount")
                .containsExactly(
                        "likeness", "unitNameZh", "unitNameEn", "firstReportedOn", "stage", "reportedLater", "claim");
    }

    @Test
    void theSameCreditCodeIsTheSameEnterpriseWhateverTheName() {
        String code = data.uniqueCreditCode();
        data.register("officer3", "武汉" + data.uniqueBrand() + "光电科技有限公司", code, null);

        List<InvestorConflict> hints = check("officer1", data.uniqueBrand() + "控股集团", code, null);

        assertThat(hints).singleElement().satisfies(hint -> {
            assertThat(hint.likeness()).isEqualTo(Likeness.SAME);
            assertThat(hint.unitNameZh()).isEqualTo("招商三科");
            assertThat(hint.claim()).isEqualTo(ClaimOption.REQUIRED);
        });
    }

    @Test
    void aNearlyIdenticalNameIsAHintWithAClaimTheOfficerMayFile() {
        String brand = data.uniqueBrand();
        data.register("officer1", brand + "精密传动科技有限公司");
        String typo = brand.substring(0, brand.length() - 1) + (brand.endsWith("z") ? "y" : "z");

        List<InvestorConflict> hints = check("officer2", typo + "精密传动科技有限公司", "", null);

        assertThat(hints).singleElement().satisfies(hint -> {
            assertThat(hint.likeness()).isEqualTo(Likeness.SIMILAR);
            assertThat(hint.claim()).isEqualTo(ClaimOption.OPTIONAL);
        });
    }

    @Test
    void theOfficersOwnUnitsLeadIsShownButCallsForNoClaim() {
        String brand = data.uniqueBrand();
        data.register("officer1", brand + "生物医药有限公司");

        assertThat(check("officer4", brand + "生物医药股份有限公司", "", null))
                .singleElement()
                .satisfies(hint -> assertThat(hint.claim()).isEqualTo(ClaimOption.NONE));
    }

    @Test
    void differentEnterprisesOfOneGroupAreNoConflict() {
        String brand = data.uniqueBrand();
        data.register("officer1", brand + "汽车有限公司");

        assertThat(check("officer2", brand + "电子有限公司", "", null)).isEmpty();
    }

    @Test
    void aClosedLeadProtectsNothingAndIsNotHinted() {
        String brand = data.uniqueBrand();
        LeadDetails lost = data.register("officer1", brand + "新材料有限公司");
        data.stage(lost.id(), LeadStage.LOST);

        assertThat(check("officer2", brand + "新材料有限公司", "", null)).isEmpty();
    }

    @Test
    void onTheFirstReportsPageALaterRegistrationIsShownAsLaterWithoutClaim() {
        String brand = data.uniqueBrand();
        LeadDetails first = data.register("officer1", brand + "智能装备有限公司");
        data.register("officer2", brand + "智能装备股份有限公司", null, "企业法人代表在展会上与我科室签了合作意向");

        List<InvestorConflict> onFirst = check("officer1", brand + "智能装备有限公司", "", first.id());

        assertThat(onFirst).singleElement().satisfies(hint -> {
            assertThat(hint.unitNameZh()).isEqualTo("招商二科");
            assertThat(hint.reportedLater()).isTrue();
            assertThat(hint.claim()).isEqualTo(ClaimOption.NONE);
        });
    }

    @Test
    void aSecondRegistrationOfTheInvestorIsShownAsLaterAndOnlyTheFirstReportCallsForAClaim() {
        String brand = data.uniqueBrand();
        data.register("officer1", brand + "储能科技有限公司");
        data.register("officer2", brand + "储能科技股份有限公司", null, "企业在我科室牵线下已签署考察意向");

        List<InvestorConflict> hints = check("officer3", brand + "储能科技有限公司", "", null);

        assertThat(hints)
                .extracting(InvestorConflict::unitNameZh, InvestorConflict::reportedLater, InvestorConflict::claim)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("招商一科", false, ClaimOption.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("招商二科", true, ClaimOption.NONE));
    }

    @Test
    void aLeadIsNeverInConflictWithItself() {
        String brand = data.uniqueBrand();
        LeadDetails lead = data.register("officer1", brand + "数字娱乐有限公司");

        assertThat(check("officer1", brand + "数字娱乐有限公司", "", lead.id())).isEmpty();
    }

    @Test
    void theCreditCodeAloneFindsTheEnterpriseBeforeANameIsTyped() {
        String code = data.uniqueCreditCode();
        data.register("officer3", "武汉" + data.uniqueBrand() + "光电科技有限公司", code, null);

        assertThat(check("officer1", "", code, null)).singleElement().satisfies(hint -> {
            assertThat(hint.likeness()).isEqualTo(Likeness.SAME);
            assertThat(hint.unitNameZh()).isEqualTo("招商三科");
            assertThat(hint.claim()).isEqualTo(ClaimOption.REQUIRED);
        });
    }

    @Test
    void noNameNoHints() {
        assertThat(check("officer1", "  ", "", null)).isEmpty();
    }
}

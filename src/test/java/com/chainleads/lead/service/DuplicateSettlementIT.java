package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.claim.PracticeTestData;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The 撞单 settlement port's own role rule: rulings are the leaders', a claim granted at filing is its officer's
 * (for their own unit's lead); nobody else moves two units' leads.
 */
@IntegrationTest
class DuplicateSettlementIT {

    @Autowired
    DuplicateSettlement settlement;

    @Autowired
    LeadService leads;

    @Autowired
    PracticeTestData data;

    @Autowired
    SignIn signIn;

    @Test
    void anOfficerCannotSettleAsARuling() {
        LeadDetails first = data.register("officer1", data.uniqueBrand() + "精密机械有限公司");
        LeadDetails second = data.register("officer1", data.uniqueBrand() + "精密机械有限公司");

        assertThatThrownBy(() ->
                        signIn.as("officer1", () -> settlement.settleRuling(second.id(), first.id(), false, "", "重复")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signIn.as("officer1", () -> leads.load(second.id())).stage()).isEqualTo(LeadStage.REGISTERED);
    }

    @Test
    void aLeaderCannotSettleAsAGrantedClaim() {
        LeadDetails first = data.register("officer1", data.uniqueBrand() + "新材料有限公司");
        LeadDetails claim = data.register("officer2", data.uniqueBrand() + "新材料有限公司");

        assertThatThrownBy(() ->
                        signIn.as("leader", () -> settlement.settleGrantedClaim(claim.id(), first.id(), "移交", "终止")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerSettlesAGrantedClaimOnlyForTheirOwnUnitsLead() {
        LeadDetails first = data.register("officer1", data.uniqueBrand() + "生物科技有限公司");
        LeadDetails claim = data.register("officer2", data.uniqueBrand() + "生物科技有限公司");

        assertThatThrownBy(() ->
                        signIn.as("officer1", () -> settlement.settleGrantedClaim(claim.id(), first.id(), "移交", "终止")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(signIn.as("officer2", () -> leads.load(claim.id())).stage()).isEqualTo(LeadStage.REGISTERED);

        signIn.as("officer2", () -> settlement.settleGrantedClaim(claim.id(), first.id(), "首报超期，移交", "撞单终止"));

        LeadDetails closed = signIn.as("officer2", () -> leads.load(claim.id()));
        assertThat(closed.stage()).isEqualTo(LeadStage.LOST);
        assertThat(closed.draft().getLostReason()).isEqualTo("撞单终止");
        assertThat(signIn.as("officer2", () -> leads.load(first.id())).ownerName())
                .isEqualTo(claim.ownerName());
    }
}

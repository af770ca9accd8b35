package com.chainleads.claim.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.NotFoundView;
import com.chainleads.claim.PracticeTestData;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.service.ClaimRow;
import com.chainleads.claim.service.ClaimService;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.chainleads.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RulingQueueViewTest extends KaribuTest {

    @Autowired
    PracticeTestData data;

    @Autowired
    ClaimService claims;

    @Autowired
    LeadService leads;

    @Autowired
    SignIn signIn;

    private LeadDetails first;
    private LeadDetails claimLead;

    private void waitingClaim() {
        String brand = data.uniqueBrand();
        first = data.register("officer1", "无锡" + brand + "微电子有限公司");
        claimLead = data.register("officer3", brand + "微电子有限公司", null, "企业总部由我科室驻点招商组对接");
    }

    private ClaimRow rowOf(RulingQueueView view) {
        return _fetch(view.grid, 0, _size(view.grid)).stream()
                .filter(r -> r.claimLeadId() == claimLead.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLeaderSeesTheWaitingClaimsAndRulesOnOne() {
        waitingClaim();
        loginAs("leader");
        navigate("rulings");
        RulingQueueView queue = _get(RulingQueueView.class);
        long waiting = signIn.as("leader", () -> claims.countClaims(ClaimStatus.PENDING));
        assertThat(queue.pendingTab.getLabel()).isEqualTo("待裁定（" + waiting + "）");
        ClaimRow row = rowOf(queue);
        assertThat(row.firstLeadNo()).isEqualTo(first.leadNo());
        assertThat(LitRenderers.properties(queue.grid.getColumnByKey("claim"), row))
                .as("the card is drawn in the browser from these texts")
                .containsEntry("investor", claimLead.draft().getInvestorName())
                .containsEntry("status", "PENDING")
                .containsEntry("statusTheme", "badge")
                .containsEntry("statusText", "待裁定")
                .containsEntry("protection", row.protection().name())
                .containsEntry("note", null);
        assertThat((String) LitRenderers.properties(queue.grid.getColumnByKey("claim"), row)
                        .get("parties"))
                .contains(first.leadNo())
                .contains(claimLead.leadNo());

        queue.open(row);
        ClaimView claim = _get(ClaimView.class);
        assertThat(claim.title.getText()).endsWith(claimLead.draft().getInvestorName());
        RulingForm form = claim.form;
        assertThat(form).isNotNull();
        _setValue(form.outcome, ClaimOutcome.TRANSFER);
        assertThat(form.effect.getText()).contains("移交给申报人");
        _setValue(form.reason, "企业总部明确由招商三科对接");
        form.submit.click();

        assertThat(form.confirm)
                .as("one click only asks: a ruling cannot be undone")
                .isNotNull();
        assertThat(form.confirm.isOpened()).isTrue();
        assertThat(claim.form).as("not ruled yet").isNotNull();
        assertThat(ConfirmDialogKt.getText(form.confirm)).contains("移交给申报人").contains("不能撤回");
        ConfirmDialogKt._fireConfirm(form.confirm);

        assertThat(claim.form).as("ruled: the form gives way to the ruling").isNull();
        assertThat(signIn.as("officer3", () -> leads.load(first.id())).ownerName())
                .isEqualTo("陈刚");
    }

    @Test
    void aShareAlwaysAddsUpToAHundred() {
        waitingClaim();
        loginAs("leader");
        navigate("rulings");
        RulingQueueView queue = _get(RulingQueueView.class);
        queue.open(rowOf(queue));
        RulingForm form = _get(ClaimView.class).form;

        _setValue(form.outcome, ClaimOutcome.SHARE);
        assertThat(form.firstPercent.getValue() + form.claimantPercent.getValue())
                .isEqualTo(100);
        _setValue(form.firstPercent, 70);

        assertThat(form.claimantPercent.getValue()).isEqualTo(30);
    }

    @Test
    void aRulingWithoutOutcomeOrReasonIsNotSent() {
        waitingClaim();
        loginAs("leader");
        navigate("rulings");
        RulingQueueView queue = _get(RulingQueueView.class);
        ClaimRow row = rowOf(queue);
        queue.open(row);
        RulingForm form = _get(ClaimView.class).form;

        form.submit.click();

        assertThat(form.confirm).as("nothing to confirm").isNull();
        assertThat(form.outcome.isInvalid()).isTrue();
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(signIn.as("leader", () -> claims.load(row.id())).claim().status())
                .isEqualTo(ClaimStatus.PENDING);
    }

    @Test
    void officersNeitherSeeNorOpenTheQueue() {
        loginAs("officer1");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("rulings");

        navigate("rulings");

        _get(NotFoundView.class);
        assertThat(_find(RulingQueueView.class)).isEmpty();
    }

    @Test
    void theLeadersMenuLeadsToTheQueue() {
        loginAs("leader");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("rulings");
    }
}

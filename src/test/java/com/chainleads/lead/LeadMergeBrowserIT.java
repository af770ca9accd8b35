package com.chainleads.lead;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.chainleads.testsupport.SignIn;
import com.chainleads.testsupport.TestUsers;
import com.microsoft.playwright.Locator;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, point 1 in the browser: an officer saves a lead that a colleague saved meanwhile. The merge dialog
 * keeps the colleague's changes, saves the officer's on top and asks only about the field both changed — at
 * 1400 px and on a 390 px phone, in Chinese and English.
 */
@BrowserTest
class LeadMergeBrowserIT extends BrowserJourney {

    @Autowired
    LeadService leads;

    @Autowired
    SignIn signIn;

    @Autowired
    TestUsers users;

    private LeadDetails leadOfInvestment1() {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("合并测试项目" + UUID.randomUUID().toString().substring(0, 6));
        draft.setInvestorName("武汉合并" + UUID.randomUUID().toString().substring(0, 6) + "科技有限公司");
        draft.setSectorId(1L);
        draft.setChannel(LeadChannel.SELF);
        return signIn.as("officer1", () -> leads.create(draft));
    }

    private void colleagueSaves(LeadDetails lead, Consumer<LeadDraft> change) {
        LeadDraft theirs = lead.draft().copy();
        change.accept(theirs);
        signIn.as("officer1", () -> leads.update(lead.id(), lead.version(), theirs));
    }

    private Locator field(String name) {
        return page.locator("[data-field=" + name + "] input");
    }

    private Locator dialog() {
        return page.locator("vaadin-dialog-overlay");
    }

    /** A screenshot once the dialog has finished opening. */
    private void dialogScreenshot(String name) {
        page.waitForCondition(() -> dialog().getAttribute("opening") == null);
        screenshot(name);
    }

    /** Edits 意向园区 and 总投资 while officer1 sets 引荐人 and 总投资; returns the lead. */
    private LeadDetails editWhileAColleagueSaves(String username, String password, String introText) {
        LeadDetails lead = leadOfInvestment1();
        login(username, password);
        page.navigate(url("leads/" + lead.id()));
        assertThat(page.locator("h2.cl-lead-title")).containsText(lead.draft().getProjectName());
        colleagueSaves(lead, theirs -> {
            theirs.setReferrer("王引荐");
            theirs.setTotalInvestment(new BigDecimal("5000"));
        });

        field("targetPark").fill("临港物流园");
        field("totalInvestment").fill("9000");
        page.locator(".cl-save-bar vaadin-button").first().click();
        assertThat(dialog().locator("p").first()).containsText(introText);
        return lead;
    }

    @Test
    void theMergeDialogKeepsTheColleaguesChangeAndAsksOnlyAboutTheFieldBothChanged() {
        page.setViewportSize(1400, 900);
        LeadDetails lead = editWhileAColleagueSaves("officer4", "demo123", "保存了此线索");

        assertThat(dialog().locator(".cl-merge-list [data-field=referrer]")).containsText("引荐人：（空） → 王引荐");
        assertThat(dialog().locator(".cl-merge-list [data-field=targetPark]")).containsText("意向园区/楼宇：（空） → 临港物流园");
        Locator choice = dialog().locator("vaadin-radio-group[data-field=totalInvestment]");
        assertThat(choice).containsText("对方保存的值：5,000.00 万元");
        assertThat(choice).containsText("您的输入：9,000.00 万元");
        dialogScreenshot("merge-dialog-zh-1400");

        dialog().locator("vaadin-button", new Locator.LocatorOptions().setHasText("合并后保存"))
                .click();
        assertThat(dialog().locator(".cl-merge-missing")).isVisible();
        choice.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("您的输入"))
                .click();
        dialog().locator("vaadin-button", new Locator.LocatorOptions().setHasText("合并后保存"))
                .click();

        assertThat(page.locator("vaadin-notification-card").last()).containsText("已保存");
        assertThat(field("referrer")).hasValue("王引荐");
        assertThat(field("targetPark")).hasValue("临港物流园");
        LeadDraft stored = signIn.as("officer1", () -> leads.load(lead.id())).draft();
        assertThat(stored.getReferrer()).isEqualTo("王引荐");
        assertThat(stored.text(SiteNeeds.TARGET_PARK)).isEqualTo("临港物流园");
        assertThat(stored.getTotalInvestment()).isEqualByComparingTo("9000");
        screenshot("merge-saved-zh-1400");
    }

    @Test
    void onAPhoneTheDialogFitsAndItsButtonsCanBeReached() {
        page.setViewportSize(390, 844);
        LeadDetails lead = editWhileAColleagueSaves("officer4", "demo123", "保存了此线索");
        Locator choice = dialog().locator("vaadin-radio-group[data-field=totalInvestment]");
        choice.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("对方保存的值"))
                .click();
        Locator save = dialog().locator("vaadin-button", new Locator.LocatorOptions().setHasText("合并后保存"));
        save.scrollIntoViewIfNeeded();
        assertThat(save).isInViewport();
        dialogScreenshot("merge-dialog-zh-390");
        save.click();

        assertThat(page.locator("vaadin-notification-card").last()).containsText("已保存");
        LeadDraft stored = signIn.as("officer1", () -> leads.load(lead.id())).draft();
        assertThat(stored.getTotalInvestment()).as("their value, as chosen").isEqualByComparingTo("5000");
        assertThat(stored.getReferrer()).isEqualTo("王引荐");
        assertThat(stored.text(SiteNeeds.TARGET_PARK)).isEqualTo("临港物流园");
    }

    @Test
    void theDialogReadsInEnglish() {
        page.setViewportSize(1400, 900);
        String officer = users.officer("INVEST_1", "Test Officer");
        login(officer, TestUsers.PASSWORD);
        page.locator(".cl-language-switch").click();
        assertThat(page.locator(".cl-language-switch")).containsText("中文");
        page.context().clearCookies();
        editWhileAColleagueSaves(officer, TestUsers.PASSWORD, "saved this lead");
        assertThat(dialog().locator(".cl-merge-list [data-field=referrer]")).containsText("王引荐");
        assertThat(dialog().locator("vaadin-radio-group[data-field=totalInvestment]"))
                .containsText("Their saved value");
        dialogScreenshot("merge-dialog-en-1400");
        page.setViewportSize(390, 844);
        screenshot("merge-dialog-en-390");
    }
}

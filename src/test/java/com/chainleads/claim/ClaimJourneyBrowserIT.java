package com.chainleads.claim;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chainleads.base.ui.Formats;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 撞单 in the browser: officer2 enters an investor that officer1 reported and sees only the masked hint; a claim is
 * filed, the leader rules on it in the queue, and the claimant reads the ruling in the notifications.
 */
@BrowserTest
class ClaimJourneyBrowserIT extends BrowserJourney {

    @Autowired
    PracticeTestData data;

    private void pickComboBox(String field, String typed, String item) {
        page.locator("[data-field=" + field + "] input").click();
        page.keyboard().type(typed);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item))
                .first()
                .click();
    }

    private void pickSelect(String field, String item) {
        page.locator("[data-field=" + field + "]").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item))
                .first()
                .click();
    }

    private Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text));
    }

    private String hintFor(LeadDetails first) {
        return "该企业已由 " + first.unitNameZh() + " 于 " + Formats.date(data.today()) + " 首报（阶段：线索登记）";
    }

    private Locator enterInvestor(String user, String investor) {
        login(user, "demo123");
        page.navigate(url("leads/new"));
        page.locator("[data-field=projectName] input").fill("存储芯片封测项目");
        page.locator("[data-field=investorName] input").fill(investor);
        page.locator("[data-field=investorName] input").press("Tab");
        return page.locator(".cl-conflict-box");
    }

    @Test
    void officer2EntersAnInvestorOfficer1ReportedAndSeesOnlyTheMaskedHint() {
        String brand = data.uniqueBrand();
        LeadDetails first = data.register("officer1", "合肥" + brand + "半导体科技有限公司");

        Locator box = enterInvestor("officer2", brand + "半导体科技（合肥）有限公司");

        assertThat(page.locator(".cl-conflict-hint").first()).hasText(hintFor(first));
        assertThat(box).not().containsText(first.leadNo());
        assertThat(box).not().containsText(first.draft().getProjectName());
        assertThat(box).not().containsText(first.ownerName());
        assertThat(box).not().containsText(brand);
        assertThat(page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("登记为撞单申报")))
                .isVisible();
        box.scrollIntoViewIfNeeded();
        screenshot("claim-1-masked-hint");
    }

    /** officer4 (招商一科) and officer5 (招商二科) play the parties: other journeys count officer1's notices. */
    @Test
    void aClaimIsFiledRuledByTheLeaderAndTheClaimantIsTold() {
        String brand = data.uniqueBrand();
        LeadDetails first = data.register("officer4", "合肥" + brand + "半导体科技有限公司");

        enterInvestor("officer5", brand + "半导体科技（合肥）有限公司");
        assertThat(page.locator(".cl-conflict-hint").first()).hasText(hintFor(first));
        pickComboBox("sectorId", "电子", "电子信息");
        pickSelect("channel", "展会招商");
        page.getByText("登记为撞单申报（由领导裁定）").click();
        page.locator("[data-field=claimReason] textarea").fill("企业董事长在中博会上与我科室直接洽谈，约定下月来区考察");
        button("保存").click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/\\d+$"));
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("撞单（待裁定）"))
                .click();
        assertThat(page.locator(".cl-lead-claims")).containsText("待领导裁定");
        screenshot("claim-2-filed");

        browserContext.clearCookies();
        login("leader", "demo123");
        page.navigate(url("rulings"));
        page.locator(".cl-claim-row", new Page.LocatorOptions().setHasText(brand))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/rulings/\\d+$"));
        assertThat(page.locator(".cl-claim-lead").first()).containsText(first.leadNo());
        page.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("移交申报单位"))
                .click();
        page.locator(".cl-ruling-form vaadin-text-area textarea").fill("企业明确要求由招商二科对接");
        screenshot("claim-3-ruling");
        button("提交裁定").click();
        // one click only asks: a ruling cannot be undone
        Locator confirm = page.locator("vaadin-confirm-dialog-overlay");
        assertThat(confirm).containsText("裁定提交后不能撤回");
        screenshot("claim-3b-confirm-ruling");
        confirm.locator("vaadin-button", new Locator.LocatorOptions().setHasText("提交裁定"))
                .click();
        assertThat(page.locator(".cl-claim-ruling")).containsText("首报线索移交申报单位 招商二科");

        browserContext.clearCookies();
        login("officer5", "demo123");
        page.navigate(url("notifications"));
        assertThat(page.locator(".cl-notice-text", new Page.LocatorOptions().setHasText(first.leadNo()))
                        .first())
                .containsText("已裁定");
        screenshot("claim-4-notified");
    }

    @Test
    void onAPhoneTheHintFitsTheScreen() {
        String brand = data.uniqueBrand();
        data.register("officer4", "合肥" + brand + "新材料有限公司");
        page.setViewportSize(390, 844);

        login("officer5", "demo123");
        page.navigate(url("leads/new"));
        page.locator("[data-field=investorName] input").fill(brand + "新材料股份有限公司");
        page.locator("[data-field=investorName] input").press("Tab");
        Locator hint = page.locator(".cl-conflict-hint").first();
        assertThat(hint).containsText("招商一科");
        hint.scrollIntoViewIfNeeded();
        double right = ((Number) hint.evaluate("e => e.getBoundingClientRect().right")).doubleValue();
        org.assertj.core.api.Assertions.assertThat(right).isLessThanOrEqualTo(390);
        screenshot("claim-5-phone");
    }
}

package com.chainleads.lead;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@BrowserTest
class LeadJourneyBrowserIT extends BrowserJourney {

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

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
    }

    @Test
    void officer1LogsALeadFollowsItUpAndFindsItLeaderSeesItOfficer2DoesNot() {
        String project = "链招浏览器测试项目" + UUID.randomUUID().toString().substring(0, 6);
        login("officer1", "demo123");

        // log a new lead with the four fields 线索登记 needs
        page.navigate(url("leads/new"));
        page.locator("[data-field=projectName] input").fill(project);
        page.locator("[data-field=investorName] input").fill("武汉光谷测试科技有限公司");
        pickComboBox("sectorId", "电子", "电子信息");
        pickSelect("channel", "展会招商");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("保存"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/\\d+$"));
        assertThat(page.locator("h2.cl-lead-title")).containsText(project);
        String leadUrl = page.url();

        // add a follow-up
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("跟进记录")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新增跟进"))
                .click();
        page.locator("vaadin-dialog-overlay vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("上门拜访"))
                .click();
        page.locator("vaadin-dialog-overlay vaadin-text-area textarea").fill("拜访企业总部，对方有意在我区建设研发中心");
        page.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("保存"))
                .click();
        assertThat(cell("拜访企业总部，对方有意在我区建设研发中心")).isVisible();
        assertThat(page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("跟进记录（1）")))
                .isVisible();
        screenshot("lead-follow-up");

        // find it through the list's filter; the filter goes into the URL
        page.navigate(url("leads"));
        page.locator(".cl-filter-text input").fill(project);
        assertThat(page).hasURL(Pattern.compile(".*/leads\\?q=.*"));
        assertThat(cell(project)).isVisible();
        assertThat(page.locator(".cl-lead-summary")).containsText("共 1 条线索");
        String listUrl = url("leads?q=" + URLEncoder.encode(project, StandardCharsets.UTF_8));
        screenshot("lead-list-filtered");

        // the leader sees it through the same bookmark
        browserContext.clearCookies();
        login("leader", "demo123");
        page.navigate(listUrl);
        assertThat(cell(project)).isVisible();
        page.navigate(leadUrl);
        assertThat(page.locator("h2.cl-lead-title")).containsText(project);

        // officer2 of another unit finds nothing, and the lead's address answers as not found
        browserContext.clearCookies();
        login("officer2", "demo123");
        page.navigate(listUrl);
        assertThat(page.locator(".cl-lead-summary")).containsText("共 0 条线索");
        assertThat(cell(project)).hasCount(0);
        page.navigate(leadUrl);
        assertThat(page.locator(".cl-not-found h2")).hasText("页面不存在");
    }

    /** How far the shell's content is scrolled (the layout's own scroller, or the window). */
    private double contentScrollTop() {
        return ((Number) page.evaluate("() => { const c = document.querySelector('vaadin-app-layout').shadowRoot"
                        + ".querySelector('[content]'); return Math.max(c ? c.scrollTop : 0, window.scrollY); }"))
                .doubleValue();
    }

    @Test
    void anOfficerStartsFromTheLandingPageAndTheSavedLeadOpensAtItsTopNamedInTheTopBar() {
        // asked for /leads before signing in: after it, /leads itself, no "?continue"
        page.navigate(url("leads"));
        page.locator("vaadin-login-form input[name=username]").fill("officer1");
        page.locator("vaadin-login-form input[name=password]").fill("demo123");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator(".cl-lead-list").waitFor();
        assertThat(page).hasURL(Pattern.compile(".*/leads$"));

        // the landing page offers 新建线索
        page.navigate(url(""));
        page.locator(".cl-home-new-lead").click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/new$"));
        assertThat(page.locator("h1.cl-view-title")).hasText("新建线索");

        // required fields carry the "*" the footer speaks of
        assertThat(page.locator("p.cl-form-hint")).containsText("标 * 的为当前阶段必填项");
        Object mark = page.evaluate("() => getComputedStyle(document.querySelector('[data-field=projectName]')"
                + ".shadowRoot.querySelector('[part=required-indicator]'), '::after').content");
        org.assertj.core.api.Assertions.assertThat(mark).isEqualTo("\"*\"");

        String project = "顶栏与滚动测试项目" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("[data-field=projectName] input").fill(project);
        page.locator("[data-field=investorName] input").fill("武汉" + project + "科技有限公司");
        // a credit code typed in lower case is upper-cased when the field is left, not only on save
        page.locator("[data-field=creditCode] input").fill("91420100ma4kx8ab3c");
        page.locator("[data-field=creditCode] input").press("Tab");
        assertThat(page.locator("[data-field=creditCode] input")).hasValue("91420100MA4KX8AB3C");
        page.locator("[data-field=creditCode] input").fill("");
        page.locator("[data-field=creditCode] input").press("Tab");
        pickComboBox("sectorId", "电子", "电子信息");
        pickSelect("channel", "展会招商");
        Locator save = page.locator("vaadin-button", new Page.LocatorOptions().setHasText("保存"));
        save.scrollIntoViewIfNeeded();
        page.evaluate(
                "() => { const c = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]');"
                        + " c.scrollTop = c.scrollHeight; }");
        org.assertj.core.api.Assertions.assertThat(contentScrollTop())
                .as("scrolled down to 保存")
                .isPositive();
        save.click();

        assertThat(page).hasURL(Pattern.compile(".*/leads/\\d+$"));
        assertThat(page.locator("h2.cl-lead-title")).containsText(project);
        assertThat(page.locator("h1.cl-view-title")).containsText(project);
        assertThat(page.locator("h1.cl-view-title")).not().hasText("新建线索");
        page.waitForCondition(() -> contentScrollTop() == 0);
        screenshot("lead-saved-top");
    }

    @Test
    void aLinksLeadsShowTheirUnitAt1400PixelsAndTheHotBadgeIsWhole() {
        page.setViewportSize(1400, 900);
        login("leader", "demo123");
        page.navigate(url("leads?link=EI_FAB"));
        Locator unitHeader = page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("责任科室"));
        unitHeader.waitFor();
        org.assertj.core.api.Assertions.assertThat(unitHeader.boundingBox().x + unitHeader.boundingBox().width)
                .as("责任科室 within the window")
                .isLessThanOrEqualTo(1400);
        screenshot("lead-list-link-1400");

        page.navigate(url("leads?hot=true"));
        Locator badges = page.locator("vaadin-grid-cell-content .cl-hot");
        badges.first().waitFor();
        Object clipped = page.evaluate("() => [...document.querySelectorAll('vaadin-grid-cell-content .cl-hot')]"
                + ".filter(b => { const cell = b.closest('vaadin-grid-cell-content').getBoundingClientRect();"
                + " const r = b.getBoundingClientRect(); return r.width > 0 && r.right > cell.right + 0.5; }).length");
        org.assertj.core.api.Assertions.assertThat(((Number) clipped).intValue())
                .as("badges cut off")
                .isZero();
        screenshot("lead-list-hot-1400");
    }
}

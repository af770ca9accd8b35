package com.chainleads.lead;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lists on a 390 px phone (issue 13, point 6): readable cards, no sideways scrolling, long texts get the room. */
@BrowserTest
class LeadPhoneBrowserIT extends BrowserJourney {

    private static final String CONTENT = "拜访企业总部，对方有意在我区建设研发中心，需协调用地指标和人才公寓，下周报区政府专题会研究";

    private void onAPhone() {
        page.setViewportSize(390, 844);
    }

    /** The grids on the page that scroll sideways (their table is wider than the grid). */
    @SuppressWarnings("unchecked")
    private List<String> gridsScrollingSideways() {
        return (List<String>) page.evaluate("() => [...document.querySelectorAll('vaadin-grid')]"
                + ".filter(g => g.offsetParent !== null && g.$.table.scrollWidth > g.$.table.clientWidth + 1)"
                + ".map(g => g.className + ' ' + g.$.table.scrollWidth + '>' + g.$.table.clientWidth)");
    }

    @Test
    void onAPhoneTheLeadListIsCardsWithProjectInvestorStageAmountAndNextFollowUp() {
        onAPhone();
        login("officer1", "demo123");
        page.navigate(url("leads"));

        Locator card = page.locator(".cl-lead-card").first();
        assertThat(card).isVisible();
        assertThat(card.locator(".cl-lead-card-project")).not().isEmpty();
        assertThat(card.locator(".cl-lead-card-investor")).not().isEmpty();
        assertThat(card.locator("[data-stage]")).isVisible();
        assertThat(gridsScrollingSideways()).isEmpty();
        assertThat(card.boundingBox().width)
                .as("the card uses the phone's width")
                .isGreaterThan(300);
        screenshot("phone-lead-list-zh");

        card.click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/\\d+$"));
    }

    @Test
    void onAPhoneAFollowUpsContentGetsTheWholeWidth() {
        onAPhone();
        login("officer1", "demo123");
        page.navigate(url("leads"));
        page.locator(".cl-lead-card").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/\\d+$"));
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("跟进记录")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新增跟进"))
                .click();
        page.locator("vaadin-dialog-overlay vaadin-select").first().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("上门拜访"))
                .click();
        page.locator("vaadin-dialog-overlay vaadin-text-area textarea").fill(CONTENT);
        page.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("保存"))
                .click();

        Locator content = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(CONTENT))
                .first();
        assertThat(content).isVisible();
        assertThat(content.boundingBox().width)
                .as("跟进内容 is not squeezed into a narrow column")
                .isGreaterThan(240);
        assertThat(gridsScrollingSideways()).isEmpty();
        screenshot("phone-follow-ups-zh");
    }

    @Test
    void onAPhoneTheCockpitsListsNeedNoSidewaysScrolling() {
        onAPhone();
        login("leader", "demo123");
        assertThat(page).hasURL(Pattern.compile(".*/cockpit.*"));
        page.locator("vaadin-grid").first().waitFor();
        page.waitForTimeout(500);
        assertThat(gridsScrollingSideways()).isEmpty();
        screenshot("phone-cockpit-zh");
    }
}

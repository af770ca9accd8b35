package com.chainleads.coordination;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chainleads.coordination.service.IssueDetails;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 督办 in the browser: a leader opens the supervision list filtered to overdue issues, opens the project and sees the
 * issue on its 问题清单 tab; the officer closes it with the department's reply.
 */
@BrowserTest
class IssueJourneyBrowserIT extends BrowserJourney {

    @Autowired
    CoordinationTestData data;

    private Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text));
    }

    private void openIssuesTab() {
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("问题清单")).click();
    }

    @Test
    void aLeaderFindsTheOverdueIssueAndTheOfficerClosesItWithAReply() {
        LeadDetails lead = data.signedLead("officer4");
        IssueDetails issue = data.raise("officer4", lead.id(), "项目二期用地挂牌时间未定，影响设备进场");
        data.deadline(issue.id(), data.today().minusDays(5));

        login("leader", "demo123");
        page.navigate(url("issues?overdue=1"));
        Locator row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(lead.leadNo()));
        assertThat(row.first()).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content .cl-issue-overdue").first())
                .isVisible();
        screenshot("issues-1-supervision-overdue");
        row.first().click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/" + lead.id() + "\\?tab=issues$"));
        // the row opened the lead on its 问题清单 tab: the issue is there without choosing the tab
        Locator card = page.locator(".cl-issue-card[data-issue='" + issue.id() + "']");
        assertThat(card).containsText("项目二期用地挂牌时间未定");
        assertThat(card.locator(".cl-issue-overdue")).hasText("逾期 5 天");
        assertThat(card.locator("vaadin-button[data-action=progress]")).hasCount(0);
        screenshot("issues-2-leader-tab");

        browserContext.clearCookies();
        login("officer4", "demo123");
        page.navigate(url("leads/" + lead.id()));
        openIssuesTab();
        card.locator("vaadin-button[data-action=progress]").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        dialog.locator("vaadin-select").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("已办结"))
                .click();
        dialog.locator("vaadin-text-area textarea").fill("自然资源局已确定 5 月 20 日挂牌");
        screenshot("issues-3-officer-closes");
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText("保存"))
                .click();

        assertThat(card.locator("[data-status=DONE]")).hasText("已办结");
        assertThat(card).containsText("答复：自然资源局已确定 5 月 20 日挂牌");
        assertThat(card.locator(".cl-issue-overdue")).hasCount(0);
        screenshot("issues-4-closed");
    }
}

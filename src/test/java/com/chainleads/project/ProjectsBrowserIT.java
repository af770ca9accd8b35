package com.chainleads.project;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BrowserTest
class ProjectsBrowserIT extends BrowserJourney {

    @Autowired
    ProjectTestData data;

    @Test
    void aLeaderOpensTheProjectsFilteredToDelayedFromTheAddressAndSeesOnlyDelayedProjects() {
        LeadDetails delayed = data.plannedIn("officer1", -7);
        LeadDetails onTime = data.plannedIn("officer1", 7);
        String delayedName = delayed.draft().getProjectName();
        String onTimeName = onTime.draft().getProjectName();

        login("leader", "demo123");
        page.navigate(url("projects?status=DELAYED"));

        assertThat(page.locator("vaadin-multi-select-combo-box:has-text('状态')")).isVisible();
        Locator row = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + delayedName + "$")));
        assertThat(row).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + onTimeName + "$"))))
                .hasCount(0);
        Locator badges = page.locator(".cl-projects-light");
        assertThat(badges.first()).isVisible();
        assertThat(badges.allTextContents()).isNotEmpty().allMatch("滞后"::equals);
        screenshot("projects-delayed");

        row.click();
        assertThat(page).hasURL(Pattern.compile(".*/leads/" + delayed.id() + "\\?tab=construction$"));
        // opened on its 项目建设 tab: the plan is shown without choosing the tab
        assertThat(page.locator(".cl-project-panel")).isVisible();
    }
}

package com.chainleads.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Issue 13, point 3: the portal as the build leaves it (what {@code ./mvnw spring-boot:run} starts) runs in
 * production mode: no development tools, no "Development Mode" popup, no Copilot — which on a 390 px phone sat
 * over the follow-up dialog's 保存 button.
 */
@BrowserTest
class ProductionModeBrowserIT extends BrowserJourney {

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Test
    void onAPhoneTheFollowUpDialogsSaveButtonIsFreeAndNoDevelopmentToolsShow() {
        page.setViewportSize(390, 844);
        login("officer1", "demo123");
        assertThat(vaadinServlet
                        .getServlet()
                        .getService()
                        .getDeploymentConfiguration()
                        .isProductionMode())
                .as("Vaadin in production mode")
                .isTrue();
        page.navigate(url("leads"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("ZS-"))
                .first()
                .click();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("跟进记录")).click();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("新增跟进"))
                .click();
        var save = page.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("保存"));
        assertThat(save).isInViewport();
        page.waitForCondition(() -> page.locator("vaadin-dialog-overlay").getAttribute("opening") == null);

        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        assertThat(page.locator("copilot-main")).hasCount(0);
        screenshot("production-mode-follow-up-390");
        save.click(); // nothing lies over it: the click reaches the button (the form then asks for its fields)
        assertThat(page.locator("vaadin-dialog-overlay vaadin-select[invalid]")).hasCount(1);
    }
}

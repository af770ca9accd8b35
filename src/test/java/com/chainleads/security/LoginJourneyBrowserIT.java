package com.chainleads.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@BrowserTest
class LoginJourneyBrowserIT extends BrowserJourney {

    @Test
    void officer1LogsInThroughTheLoginPageSeesTheLandingViewAndLogsOut() {
        page.navigate(url(""));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("h1.cl-login-title")).hasText("链招");

        login("officer1", "demo123");

        assertThat(page.locator("h2.cl-home-greeting")).hasText("李明，您好");
        assertThat(page.locator(".cl-user-details")).containsText("招商一科");
        assertThat(page.locator(".cl-card[data-sector]")).hasCount(5);
        screenshot("landing-officer1");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("退出登录"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url(""));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void anUnknownAddressAndAForbiddenViewShowTheNotFoundPageInsideTheShell() {
        login("officer1", "demo123");
        page.navigate(url("no/such/page"));
        assertThat(page.locator(".cl-not-found h2")).hasText("页面不存在");
        assertThat(page.locator("vaadin-app-layout")).isVisible();

        page.navigate(url("admin/users"));
        assertThat(page.locator(".cl-not-found h2")).hasText("页面不存在");
        assertThat(page.locator("vaadin-side-nav-item[path='admin/users']")).hasCount(0);
    }

    @Test
    void aWrongPasswordShowsTheGenericMessage() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("officer1");
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
    }
}

package com.chainleads.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.chainleads.testsupport.TestUsers;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security cases a user meets in the browser: the forced and the voluntary password change (5), the
 * lockout message (4), the session id at login and logout (6), a disabled user's open page (7), and an
 * anonymous visitor navigating inside the app (1).
 */
@BrowserTest
class SecurityJourneyBrowserIT extends BrowserJourney {

    private static final Pattern LOGIN = Pattern.compile(".*/login.*");

    @Autowired
    TestUsers users;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private void submitLogin(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    private String sessionId() {
        return browserContext.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow();
    }

    /** Whether a request carrying this session id is signed in (otherwise it is sent to the login page). */
    private boolean signedIn(String sessionId) throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(url("")))
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }

    private void fillPasswordForm(String current, String next) {
        page.locator(".cl-password-form vaadin-password-field")
                .nth(0)
                .locator("input")
                .fill(current);
        page.locator(".cl-password-form vaadin-password-field")
                .nth(1)
                .locator("input")
                .fill(next);
        page.locator(".cl-password-form vaadin-password-field")
                .nth(2)
                .locator("input")
                .fill(next);
    }

    @Test
    void aPasswordResetByAnAdministratorMustBeChangedBeforeAnythingElse() {
        String username = users.officer("INVEST_1", "孙悦");
        String temporary = users.resetPassword(username);

        login(username, temporary);
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        assertThat(page.locator(".cl-password-forced")).containsText("请先设置新密码");
        screenshot("change-password-forced");

        page.navigate(url("leads"));
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("首页"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));

        fillPasswordForm(temporary, "Yangtze-River-2026!");
        page.locator(".cl-password-form vaadin-button").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("密码已修改");
        assertThat(page.locator("h2.cl-home-greeting")).hasText("孙悦，您好");
        screenshot("change-password-done");

        page.navigate(url("leads"));
        assertThat(page).hasURL(Pattern.compile(".*/leads$"));
    }

    @Test
    void theUserMenuOpensTheChangePasswordViewWhichExplainsItsRefusals() {
        String username = users.officer("INVEST_2", "钱进");
        login(username, TestUsers.PASSWORD);
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("修改密码"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        assertThat(page.locator(".cl-password-forced")).isHidden();

        fillPasswordForm(TestUsers.PASSWORD, "qwertyuiop123");
        page.locator(".cl-password-form vaadin-button").click();
        assertThat(page.locator(".cl-password-form vaadin-password-field").nth(1))
                .containsText("该密码过于常见");
        screenshot("change-password");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLoginPageSaysNoMoreThanForAnyFailure() {
        String username = users.officer("INVEST_3");
        submitLogin(username, "wrong-password-1");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
        String wrongPasswordText = page.locator("vaadin-login-form").innerText();
        for (int i = 2; i <= 5; i++) {
            submitLogin(username, "wrong-password-" + i);
        }

        submitLogin(username, TestUsers.PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
        assertThat(page.locator("vaadin-login-form").innerText()).isEqualTo(wrongPasswordText);
        screenshot("lockout-message");
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutEndsTheSession() throws Exception {
        page.navigate(url("login"));
        String beforeLogin = sessionId();

        login("officer3", "demo123");
        String afterLogin = sessionId();
        assertThat(afterLogin).isNotEqualTo(beforeLogin);
        assertThat(signedIn(afterLogin)).isTrue();
        assertThat(signedIn(beforeLogin)).isFalse();

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("退出登录"))
                .click();
        assertThat(page).hasURL(LOGIN);
        assertThat(signedIn(afterLogin))
                .as("the session is invalidated, not just forgotten by the browser")
                .isFalse();
    }

    @Test
    void disablingAUserSendsTheirOpenPageToTheLoginPage() throws Exception {
        String username = users.officer("INVEST_1", "冯雪");
        login(username, TestUsers.PASSWORD);
        page.navigate(url("leads"));
        assertThat(page.locator(".cl-lead-summary")).isVisible();
        String session = sessionId();

        users.disable(username);

        assertThat(signedIn(session)).isFalse();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("首页"))
                .click();
        assertThat(page).hasURL(LOGIN);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("h2.cl-home-greeting")).hasCount(0);
    }

    @Test
    void anAnonymousVisitorNavigatingInsideTheAppToALeadGetsTheLoginForm() {
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        // the client-side router asks the server for the view, as a link inside the app would
        page.evaluate("() => { window.history.pushState(null, '', 'leads/1');"
                + " window.dispatchEvent(new PopStateEvent('popstate', {state: null})); }");

        page.waitForTimeout(1500);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("h2.cl-lead-title")).hasCount(0);
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }
}

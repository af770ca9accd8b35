package com.chainleads.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal started with settings an operator may change, shortened so a test can watch them: the idle timeout
 * of case 6 ({@code server.servlet.session.timeout}, 30 minutes in production; here 6 seconds, with heartbeats
 * every second) and HSTS of case 13 switched off.
 */
@BrowserTest
@TestPropertySource(
        properties = {
            "server.servlet.session.timeout=6s",
            "vaadin.heartbeatInterval=1",
            "chainleads.security.hsts.enabled=false"
        })
class OperatorSettingsBrowserIT extends BrowserJourney {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String sessionId() {
        return browserContext.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow();
    }

    private boolean signedIn(String sessionId) throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(url("")))
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }

    private AtomicInteger countHeartbeats() {
        AtomicInteger heartbeats = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().contains("v-r=heartbeat")) {
                heartbeats.incrementAndGet();
            }
        });
        return heartbeats;
    }

    private void clickNav(String label) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(label))
                .click();
    }

    @Test
    void anIdleSessionClosesAfterTheTimeoutAlthoughTheBrowserKeepsSendingHeartbeats() throws Exception {
        AtomicInteger heartbeats = countHeartbeats();
        login("officer2", "demo123");
        page.navigate(url("leads"));
        assertThat(page.locator(".cl-lead-summary")).isVisible();
        String session = sessionId();
        int before = heartbeats.get();

        page.waitForTimeout(10_000); // no user request: only heartbeats

        assertThat(heartbeats.get() - before).as("heartbeats while idle").isGreaterThanOrEqualTo(5);
        assertThat(signedIn(session))
                .as("the session is over, not merely Vaadin's part of it")
                .isFalse();
        // the next heartbeat learns that the session expired; the page reloads onto the login page by itself
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void aSessionInUseStaysOpenLongPastTheTimeout() throws Exception {
        login("officer3", "demo123");
        String session = sessionId();

        for (int i = 0; i < 6; i++) { // 12 s of use, twice the timeout
            page.waitForTimeout(2_000);
            clickNav(i % 2 == 0 ? "招商线索" : "首页");
        }

        assertThat(page).hasURL(Pattern.compile(".*localhost:\\d+/$"));
        assertThat(page.locator("h2.cl-home-greeting")).hasText("陈刚，您好");
        assertThat(signedIn(session)).isTrue();
    }

    @Test
    void withHstsSwitchedOffEvenHttpsAnswersCarryNoHstsButTheOtherHeaders() throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(url("login")))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
}

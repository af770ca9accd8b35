package com.chainleads.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.TestUsers;
import com.chainleads.testsupport.WebTest;
import com.vaadin.flow.router.Route;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The HTTP layer of the running portal, as a browser or a script sees it: cases 1 (anonymous requests),
 * 4 (a locked account answers like a wrong password), 6 (new session id at login), 7 (a disabled user's
 * session ends) and 13 (security headers, cookies).
 */
@WebTest
class HttpSecurityWebIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ObservationRegistry observations;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String cookie, String username, String password)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
    }

    /** "JSESSIONID=…" as a request's Cookie header. */
    private static String cookieHeader(HttpResponse<?> response) {
        return sessionCookie(response).orElseThrow().split(";")[0];
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Signs in with a fresh session as a browser would; returns the signed-in session's Cookie header. */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        String anonymous = cookieHeader(get("/login"));
        HttpResponse<String> login = postLogin(anonymous, username, password);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).as("a successful login goes home").doesNotContain("error");
        return cookieHeader(login);
    }

    private boolean signedIn(String cookie) throws IOException, InterruptedException {
        HttpResponse<String> home = get("/", "Cookie", cookie);
        if (home.statusCode() == 302) {
            assertThat(location(home)).endsWith("/login");
            return false;
        }
        assertThat(home.statusCode()).isEqualTo(200);
        return true;
    }

    static List<String> routePaths() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> paths = new ArrayList<>();
        for (BeanDefinition view : scanner.findCandidateComponents("com.chainleads")) {
            try {
                Route route = Class.forName(view.getBeanClassName()).getAnnotation(Route.class);
                // a route parameter such as :leadId(new|\d+) gets a sample value
                paths.add("/" + route.value().replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", "1"));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return paths;
    }

    @Test
    void anonymousRequestsToEveryRouteAndToUnknownAddressesAreSentToTheLoginPage() throws Exception {
        List<String> paths = new ArrayList<>(routePaths());
        assertThat(paths).contains("/leads", "/leads/1", "/admin/users", "/account/password", "/login");
        paths.remove("/login");
        paths.addAll(List.of(
                "/leads/new",
                "/cockpit",
                "/no/such/page",
                "/actuator/info",
                "/leads?q=x",
                "/VAADIN/dynamic/resource/0/x/y"));
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(location(response)).as(path).isEqualTo("http://localhost:" + port + "/login");
            assertThat(response.body()).as(path).isEmpty();
        }
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void theVaadinEndpointGivesAnAnonymousCallerNoViewOfALead() throws Exception {
        HttpResponse<String> bootstrap = get("/?v-r=init&location=leads%2F1");
        assertThat(bootstrap.body()).doesNotContain("cl-lead", "ZS-20", "LeadView");

        HttpRequest uidl = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build();
        String answer = http.send(uidl, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(answer).doesNotContain("cl-lead", "ZS-20").contains("\"changes\":{}");
    }

    @Test
    void securityFiltersAreNotObservedOneByOneWhileRequestsStillAre() {
        // a trace around each security filter of each request was CPU a busy portal did not spend on answers
        assertThat(Observation.start("spring.security.filterchains", observations)
                        .isNoop())
                .isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop())
                .isFalse();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/login", "/", "/leads/1", "/assets/styles/chainleads.css")) {
            HttpResponse<String> response = get(path);
            Map<String, List<String>> headers = response.headers().map();
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .contains("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .isPresent();
            assertThat(headers).as("no HSTS over plain HTTP: " + path).doesNotContainKey("strict-transport-security");
        }
    }

    @Test
    void overHttpsTheResponseAddsHstsAndTheSessionCookieIsSecure() throws Exception {
        // as behind the TLS-terminating proxy (server.forward-headers-strategy=native trusts a local one)
        HttpResponse<String> response = get("/login", "X-Forwarded-Proto", "https");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookie(response).orElseThrow()).contains("Secure");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        String cookie = sessionCookie(get("/login")).orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    }

    @Test
    void theSessionIdChangesAtLoginAndTheOldIdIsNotSignedIn() throws Exception {
        String anonymous = cookieHeader(get("/login"));
        HttpResponse<String> login = postLogin(anonymous, "officer2", "demo123");

        assertThat(location(login)).isEqualTo("http://localhost:" + port + "/");
        String signedIn = cookieHeader(login);
        assertThat(signedIn).isNotEqualTo(anonymous);
        assertThat(signedIn(signedIn)).isTrue();
        assertThat(signedIn(anonymous)).as("the id from before the login").isFalse();
    }

    @Test
    void aLockedAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        String username = users.officer("INVEST_1");
        HttpResponse<String> wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = postLogin(null, username, "wrong-" + i);
            assertThat(location(wrong)).endsWith("/login?error");
        }

        HttpResponse<String> rightButLocked = postLogin(null, username, TestUsers.PASSWORD);

        assertThat(rightButLocked.statusCode()).isEqualTo(wrong.statusCode());
        assertThat(location(rightButLocked)).isEqualTo(location(wrong));
        assertThat(rightButLocked.body()).isEqualTo(wrong.body());
    }

    @Test
    void disablingAUserEndsTheSessionsTheyAreSignedInTo() throws Exception {
        String username = users.officer("INVEST_2");
        String first = signIn(username, TestUsers.PASSWORD);
        String second = signIn(username, TestUsers.PASSWORD);
        String colleague = signIn("officer5", "demo123");
        assertThat(signedIn(first)).isTrue();
        assertThat(signedIn(second)).isTrue();

        users.disable(username);

        assertThat(signedIn(first)).isFalse();
        assertThat(signedIn(second)).isFalse();
        assertThat(signedIn(colleague)).as("other users stay signed in").isTrue();
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersSessions() throws Exception {
        String username = users.officer("INVEST_3");
        String session = signIn(username, TestUsers.PASSWORD);
        assertThat(signedIn(session)).isTrue();

        users.resetPassword(username);

        assertThat(signedIn(session)).isFalse();
    }
}

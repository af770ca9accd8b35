package com.chainleads.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated browser speaking Vaadin Flow's own protocol over HTTP, the way the real client does: the form
 * login, the UI bootstrap ({@code ?v-r=init}) and UIDL messages ({@code ?v-r=uidl}) with the session's CSRF
 * token and the sync id / client id sequence. It keeps nothing but its session cookie and the UI's counters,
 * so many of them fit in the JVM that runs the server.
 * <p>
 * A filter change is sent as the router does when the URL changes (a router link, the back button): Flow.js
 * fires the {@code ui-navigate} DOM event on the UI's root node (node 1) with {@code route}, {@code query},
 * {@code appShellTitle}, {@code historyState} and {@code trigger} — {@code UI.BrowserNavigateEvent} in Flow 24.
 * The view re-reads its {@code LeadFilter} from the query, so the server re-queries exactly as for a filter
 * chosen in the filter bar (which navigates to the same URL server-side).
 * <p>
 * After each navigation it confirms the data updates the answer carried, as the browser's connectors do.
 * <p>
 * Not thread-safe: one user, one thread at a time. The push connection (websocket) is not opened; with
 * {@code @Push}'s default transport the UIDL answers come over XHR anyway.
 */
public final class VaadinHttpUser {

    /** The lead list's summary ("共 12 条线索，总投资 …" / "12 leads, total investment …"), any language. */
    static final Pattern SUMMARY = summaryPattern();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int ROOT_NODE_ID = 1; // the UI's element, where Flow.js sends router events
    private static final String UIDL_PREFIX = "for(;;);";
    /** {@code -Dbench.confirm=false}: the client before 2026-12-06, which never confirmed (for comparisons). */
    private static final boolean CONFIRM_UPDATES = Boolean.parseBoolean(System.getProperty("bench.confirm", "true"));

    private static final int NODE_REFERENCE = 0; // JsonCodec: a state node as an executeJs argument, [0, id]

    private final HttpClient http;
    private final Locale locale;
    private URI base;
    private String sessionCookie;
    private int uiId = -1;
    private String csrfToken;
    private int syncId; // the last server-to-client id seen
    private int clientId; // the next client-to-server id the server expects
    private String summary;

    /** A browser with its own HTTP client and connections, asking for Chinese pages. */
    public VaadinHttpUser() {
        this(newHttpClient(), Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A browser on a shared client: cookies are kept here, not in the client, so sessions never mix. Many
     * users can share one client when they should cost the JVM as little as possible.
     */
    public VaadinHttpUser(HttpClient http, Locale locale) {
        this.http = http;
        this.locale = locale;
    }

    /** Follows no redirects: a redirect to the login page must be seen, not silently followed. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    /** The login form, as the browser posts it; afterwards the user holds the signed-in session's cookie. */
    public void signIn(URI base, Credentials credentials) throws IOException, InterruptedException {
        this.base = base.resolve("/");
        HttpResponse<String> loginPage =
                send(HttpRequest.newBuilder(this.base.resolve("login")).GET());
        sessionCookie = sessionCookie(loginPage).orElseThrow(() -> new Failure("GET /login set no session cookie"));
        String form = "username=" + URLEncoder.encode(credentials.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(credentials.password(), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(this.base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new Failure("sign-in of " + credentials + " failed: " + login.statusCode() + " → " + location);
        }
        // the session id changes at login (session fixation protection)
        sessionCookie = sessionCookie(login).orElseThrow(() -> new Failure("login set no new session cookie"));
        uiId = -1;
    }

    /**
     * Opens the lead list in a new UI as a page load does: Flow.js first asks for the UI
     * ({@code GET ?v-r=init&location=leads&query=…}, which holds the CSRF token and the ids but no view yet),
     * then its router navigates to the route with the {@code ui-navigate} event. Returns the summary the view
     * shows.
     *
     * @param query the URL query without "?", e.g. {@code stage=NEGOTIATING&min=10000}; "" for none
     */
    public String openLeadList(String query) throws IOException, InterruptedException {
        requireSignedIn();
        URI init = base.resolve("?v-r=init&location=leads&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(init).GET());
        if (response.statusCode() != 200) {
            throw new Failure("init answered " + response.statusCode());
        }
        JsonNode appConfig = parse(response.body(), "init").path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (uidl.isTextual()) {
            uidl = parse(uidl.asText(), "init uidl");
        }
        if (!appConfig.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new Failure("init answer without a UI id or CSRF token: " + abbreviate(response.body()));
        }
        uiId = appConfig.get("v-uiId").asInt();
        csrfToken = uidl.get("Vaadin-Security-Key").asText();
        syncId = uidl.path("syncId").asInt(0);
        clientId = uidl.path("clientId").asInt(0);
        // the router's first navigation after the page load has no trigger (Flow.js: navigation = '')
        return navigate(query, "").summary();
    }

    /**
     * Changes the filter as the router does when the URL's query changes and waits for the answer.
     *
     * @param query the new URL query, e.g. {@code sector=ELECTRONIC_INFORMATION&stage=NEGOTIATING}
     * @return the round trip in nanoseconds and the summary the answer carries
     * @throws Failure when the server answers with an error, asks to resynchronise, has ended the session, or
     *         does not send a new summary (the view did not re-query)
     */
    public FilterChange changeFilter(String query) throws IOException, InterruptedException {
        return navigate(query, "link"); // as a router link; the history entry is then the server's to push
    }

    private FilterChange navigate(String query, String trigger) throws IOException, InterruptedException {
        requireUi();
        ObjectNode data = JSON.createObjectNode();
        data.put("route", "leads");
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", trigger);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", ROOT_NODE_ID);
        event.put("event", "ui-navigate");
        event.set("data", data);

        long start = System.nanoTime();
        JsonNode answer = uidl(event);
        long latency = System.nanoTime() - start;

        String next = findSummary(answer)
                .orElseThrow(() -> new Failure("no summary in the answer to query '" + query
                        + "' (the view did not re-query): " + abbreviate(answer.toString())));
        summary = next;
        if (CONFIRM_UPDATES) {
            confirmDataUpdates(answer);
        }
        return new FilterChange(latency, next);
    }

    /**
     * Confirms the data the answer brought, as Flow's client does at once: the grid's and combo boxes'
     * connectors call their {@code confirmUpdate} on the server when they have applied an update (one UIDL
     * message for all). Without this the UI would keep the navigation's whole answer as its "last response"
     * (for a resend), which no browser leaves it with: in Chromium the next message follows within
     * milliseconds, and the server then holds the small answer to that.
     */
    private void confirmDataUpdates(JsonNode answer) throws IOException, InterruptedException {
        List<JsonNode> confirms = new ArrayList<>();
        for (JsonNode invocation : answer.path("execute")) {
            int size = invocation.size();
            JsonNode node = invocation.path(0);
            if (size >= 3
                    && invocation.path(size - 1).asText().contains("$connector.confirm(")
                    && node.isArray()
                    && node.path(0).asInt(-1) == NODE_REFERENCE) {
                ObjectNode confirm = JSON.createObjectNode();
                confirm.put("type", "publishedEventHandler");
                confirm.put("node", node.path(1).asInt());
                confirm.put("templateEventMethodName", "confirmUpdate");
                confirm.putArray("templateEventMethodArgs")
                        .add(invocation.path(1).asInt());
                confirms.add(confirm);
            }
        }
        if (!confirms.isEmpty()) {
            uidl(confirms.toArray(JsonNode[]::new));
        }
    }

    /** One UIDL round trip with the given RPC invocations; keeps the sync and client ids in step. */
    private JsonNode uidl(JsonNode... invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode rpc = message.putArray("rpc");
        for (JsonNode invocation : invocations) {
            rpc.add(invocation);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        String body = response.body();
        if (response.statusCode() != 200) {
            throw new Failure("UIDL answered " + response.statusCode() + ": " + abbreviate(body));
        }
        if (body.contains("\"appError\"") || body.contains("Internal error")) {
            throw new Failure("UIDL error: " + abbreviate(body));
        }
        if (!body.startsWith(UIDL_PREFIX)) {
            throw new Failure("not a UIDL answer: " + abbreviate(body));
        }
        JsonNode array = parse(body.substring(UIDL_PREFIX.length()), "UIDL");
        JsonNode answer = array.isArray() ? array.path(0) : array;
        JsonNode meta = answer.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)
                || answer.has("resynchronize")
                || meta.has("resynchronize")
                || !answer.has("syncId")) {
            throw new Failure("session expired or resynchronisation asked: " + abbreviate(body));
        }
        syncId = answer.get("syncId").asInt();
        clientId = answer.has("clientId") ? answer.get("clientId").asInt() : clientId + 1;
        return answer;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(TIMEOUT).header("Accept-Language", locale.toLanguageTag());
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** "JSESSIONID=…", ready for a Cookie header: all a signed-in idle browser holds of its session. */
    public String sessionCookie() {
        return sessionCookie;
    }

    /** The summary the view showed last. */
    public String summary() {
        return summary;
    }

    /** The lead count in a summary text: its first number. */
    public static long countIn(String summary) {
        Matcher number = Pattern.compile("\\d[\\d,]*").matcher(summary);
        if (!number.find()) {
            throw new IllegalArgumentException("no count in " + summary);
        }
        return Long.parseLong(number.group().replace(",", ""));
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0])
                .findFirst();
    }

    /** The last text value anywhere in the answer that reads like the summary. */
    private static Optional<String> findSummary(JsonNode node) {
        List<String> found = new ArrayList<>();
        collectSummaries(node, found);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    private static void collectSummaries(JsonNode node, List<String> found) {
        if (node.isTextual()) {
            if (SUMMARY.matcher(node.asText()).matches()) {
                found.add(node.asText());
            }
        } else if (node.isContainerNode()) {
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collectSummaries(children.next(), found);
            }
        }
    }

    /** "共 {0} 条线索，总投资 {1}" from every language the portal has, as a pattern. */
    private static Pattern summaryPattern() {
        List<String> alternatives = new ArrayList<>();
        for (Locale language : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String message = ResourceBundle.getBundle("i18n/lead", language).getString("lead.list.summary");
            StringBuilder regex = new StringBuilder();
            Matcher argument = Pattern.compile("\\{(\\d)}").matcher(message);
            int literalStart = 0;
            while (argument.find()) {
                regex.append(Pattern.quote(message.substring(literalStart, argument.start())));
                regex.append(argument.group(1).equals("0") ? "\\d[\\d,]*" : ".+");
                literalStart = argument.end();
            }
            regex.append(Pattern.quote(message.substring(literalStart)));
            alternatives.add("(?:" + regex + ")");
        }
        return Pattern.compile(String.join("|", alternatives));
    }

    private static JsonNode parse(String json, String what) throws Failure {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new Failure("unparsable " + what + " answer: " + abbreviate(json));
        }
    }

    private void requireSignedIn() {
        if (sessionCookie == null) {
            throw new IllegalStateException("sign in first");
        }
    }

    private void requireUi() {
        if (uiId < 0) {
            throw new IllegalStateException("open the lead list first");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** A filter change's round trip and the summary the server answered with. */
    public record FilterChange(long latencyNanos, String summary) {}

    /** The server answered, but not as a working UI would: an error, an ended session, a lost sync. */
    public static final class Failure extends IOException {
        public Failure(String message) {
            super(message);
        }
    }
}

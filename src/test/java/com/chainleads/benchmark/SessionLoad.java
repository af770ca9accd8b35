package com.chainleads.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cases g and h of the benchmark (issue 8), through the real Vaadin endpoint over HTTP: each simulated user
 * is a {@link VaadinHttpUser}. Meant to run in the same JVM as the server (a {@code @SpringBootTest} on a
 * random port), since case g reads that JVM's heap.
 */
public final class SessionLoad {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final int FIRST_ERRORS_KEPT = 5;

    private SessionLoad() {}

    /** Case g: live heap that signed-in idle sessions on the lead list hold. */
    public record IdleSessionHeap(int sessions, long heapBeforeBytes, long heapAfterBytes) {

        public long deltaBytes() {
            return heapAfterBytes - heapBeforeBytes;
        }

        public long bytesPerSession() {
            return sessions == 0 ? 0 : deltaBytes() / sessions;
        }
    }

    /**
     * Case h: filter changes answered during the measured window. {@code errors} counts failed changes and
     * failed sign-ins over the whole run, warm-up included, with the first few messages.
     */
    public record FilterLatency(int concurrentUsers, Stats latency, int errors, List<String> firstErrors) {}

    /**
     * Opens {@code sessions} sessions, each a fresh sign-in (cycling through {@code users}) with a UI on
     * {@code /leads}, and divides the growth of the live heap by their number.
     * <p>
     * One session per user is opened before the baseline (and stays in it), so one-off caches (routes,
     * bundles, query plans, each role's code paths) are not charged to the sessions. The client side is kept
     * out of the figure: the users share one HTTP client, and only their cookies (a few dozen bytes each) are
     * held while the heap is measured. The sessions are then left to expire (server.servlet.session.timeout),
     * not signed out: signing out would cost a UIDL round trip each, and the caller may measure more with them
     * open.
     * <p>
     * Run the server in production mode, or at least with {@code vaadin.devmode.componentTracker.enabled=false}:
     * in development mode Vaadin's component tracker keeps a creation and attach location for every component
     * (seen: 87 of 102 MB grown by 20 sessions), which no deployed portal pays. Vaadin reads that setting once
     * per JVM.
     * <p>
     * With {@code -Dbench.histogram=true} it also prints the classes the sessions hold (a class histogram
     * before and after, per session).
     */
    public static IdleSessionHeap idleSessionHeap(URI base, List<Credentials> users, int sessions)
            throws IOException, InterruptedException {
        requireUsers(users);
        openIdleSessions(base, users, users.size());
        boolean histogram = Boolean.getBoolean("bench.histogram");
        ClassHistogram classesBefore = histogram ? ClassHistogram.take() : null;
        long before = settledUsedHeap();
        List<String> cookies = openIdleSessions(base, users, sessions);
        long after = settledUsedHeap();
        if (classesBefore != null) {
            System.out.println("Live objects per idle session, by class (-Dbench.histogram):\n"
                    + ClassHistogram.take().growthSince(classesBefore, sessions, 60));
        }
        Reference.reachabilityFence(cookies); // the "browsers" hold their sessions' cookies until measured
        return new IdleSessionHeap(sessions, before, after);
    }

    private static List<String> openIdleSessions(URI base, List<Credentials> users, int sessions)
            throws IOException, InterruptedException {
        HttpClient shared = VaadinHttpUser.newHttpClient();
        List<String> cookies = new ArrayList<>(sessions);
        for (int i = 0; i < sessions; i++) {
            VaadinHttpUser user = new VaadinHttpUser(shared, Locale.SIMPLIFIED_CHINESE);
            user.signIn(base, users.get(i % users.size()));
            user.openLeadList("");
            cookies.add(user.sessionCookie());
        }
        return cookies;
    }

    /**
     * Collects garbage until the used heap stops shrinking (two readings within 256 kB, or ten rounds):
     * one System.gc() may leave finalisable or softly reachable objects behind.
     */
    static long settledUsedHeap() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            Thread.sleep(200);
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 256 * 1024) {
                return Math.min(previous, used);
            }
            previous = used;
        }
        return previous;
    }

    /**
     * Signs in {@code concurrentUsers} users (cycling through {@code users}, each its own session, HTTP client
     * and UI on {@code /leads}); each then loops on its own thread: think 1–3 s, change the filter to the
     * next of {@code filterQueries}. Changes started during {@code measure}, after {@code warmup}, are timed.
     * <p>
     * Each change must bring a new summary, so consecutive queries of the list must match different leads;
     * users start at different queries, so the load is spread over all of them. A user whose change failed
     * opens a new UI and goes on.
     *
     * @param filterQueries URL queries of the lead list (LeadFilter's parameters), at least two
     */
    public static FilterLatency filterLatency(
            URI base,
            List<Credentials> users,
            int concurrentUsers,
            Duration warmup,
            Duration measure,
            List<String> filterQueries)
            throws InterruptedException {
        requireUsers(users);
        if (filterQueries.size() < 2) {
            throw new IllegalArgumentException("a filter change needs at least two queries");
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(concurrentUsers);
        try {
            VaadinHttpUser[] signedIn =
                    signInAll(pool, base, users, concurrentUsers, filterQueries, errors, firstErrors);
            long warmupEnd = System.nanoTime() + warmup.toNanos();
            long end = warmupEnd + measure.toNanos();
            for (int i = 0; i < signedIn.length; i++) {
                VaadinHttpUser user = signedIn[i];
                if (user == null) {
                    continue; // its sign-in failed, already counted
                }
                int firstQuery = i % filterQueries.size();
                pool.execute(() -> changeFiltersUntil(
                        user, firstQuery, filterQueries, warmupEnd, end, latencies, errors, firstErrors));
            }
            pool.shutdown();
            long grace = TimeUnit.SECONDS.toNanos(60);
            if (!pool.awaitTermination(end - System.nanoTime() + grace, TimeUnit.NANOSECONDS)) {
                record(errors, firstErrors, "users still busy 60 s after the end of the run");
            }
        } finally {
            pool.shutdownNow();
        }
        return new FilterLatency(concurrentUsers, Stats.ofNanos(latencies), errors.get(), List.copyOf(firstErrors));
    }

    /**
     * Signs the users in in parallel (sign-in hashes a password: the slow part of starting a run). User i
     * opens the list at query i (modulo their number); a user whose sign-in failed is left null.
     */
    private static VaadinHttpUser[] signInAll(
            ExecutorService pool,
            URI base,
            List<Credentials> users,
            int count,
            List<String> filterQueries,
            AtomicInteger errors,
            List<String> firstErrors)
            throws InterruptedException {
        VaadinHttpUser[] signedIn = new VaadinHttpUser[count];
        List<Callable<Void>> signIns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int slot = i;
            Credentials credentials = users.get(i % users.size());
            signIns.add(() -> {
                VaadinHttpUser user = new VaadinHttpUser();
                try {
                    user.signIn(base, credentials);
                    user.openLeadList(filterQueries.get(slot % filterQueries.size()));
                    signedIn[slot] = user;
                } catch (IOException e) {
                    record(errors, firstErrors, "sign-in of " + credentials + ": " + e.getMessage());
                }
                return null;
            });
        }
        pool.invokeAll(signIns); // its completion publishes the array's elements to this thread
        return signedIn;
    }

    private static void changeFiltersUntil(
            VaadinHttpUser user,
            int firstQuery,
            List<String> queries,
            long warmupEnd,
            long end,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicInteger errors,
            List<String> firstErrors) {
        int query = firstQuery;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            while (true) {
                long thinkMillis = random.nextLong(1000, 3001);
                if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(thinkMillis) >= end) {
                    return;
                }
                Thread.sleep(thinkMillis);
                query = (query + 1) % queries.size();
                long start = System.nanoTime();
                try {
                    long latency = user.changeFilter(queries.get(query)).latencyNanos();
                    if (start >= warmupEnd) {
                        latencies.add(latency);
                    }
                } catch (IOException e) {
                    record(errors, firstErrors, e.getMessage());
                    query = reopen(user, queries, query, errors, firstErrors);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a failure the UI's state is unknown: a new UI, as a browser's reload would open. */
    private static int reopen(
            VaadinHttpUser user, List<String> queries, int query, AtomicInteger errors, List<String> firstErrors)
            throws InterruptedException {
        try {
            user.openLeadList(queries.get(query));
        } catch (IOException e) {
            record(errors, firstErrors, "reopening the lead list: " + e.getMessage());
        }
        return query;
    }

    private static void record(AtomicInteger errors, List<String> firstErrors, String message) {
        errors.incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < FIRST_ERRORS_KEPT) {
                firstErrors.add(message);
            }
        }
    }

    private static void requireUsers(List<Credentials> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("no users to sign in as");
        }
    }
}

package com.chainleads.lead.search;

import com.chainleads.lead.domain.Lead;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the lead table beyond what Hibernate writes itself: leads written by the
 * demo data, the benchmark generator or plain SQL, a missing or outdated index, and index writes that failed.
 *
 * <ul>
 * <li>At start (in the background, the portal usable meanwhile): an empty index, or one written by an older
 * mapping, is rebuilt by the mass indexer, with its progress in the log; otherwise the index is compared lead by
 * lead with the table — leads missing or changed since they were indexed are written, leads gone are removed.
 * <li>Every few minutes ({@code chainleads.search.catch-up-interval}) the same comparison runs when the table's
 * count or latest change differs from the index's.
 * <li>Every few seconds, leads whose index write failed after commit are written again.
 * </ul>
 * Until the first build is done, {@link #isReady()} is false and the list reads the table instead.
 *
 * <p>Size: the start-up build, the periodic catch-up and the retries share one lock and one notion of what the
 * index holds; apart they would have to coordinate through it.
 */
@Component
public class LeadIndexSync {

    private static final Logger log = LoggerFactory.getLogger(LeadIndexSync.class);
    /** How far before the previous look's latest change the next look for stale documents begins. */
    private static final Duration RECENT_MARGIN = Duration.ofMinutes(10);

    private static final int CHUNK = 500;

    private final EntityManagerFactory entityManagerFactory;
    private final LeadIndex index;
    private final FailedIndexWrites failures;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final boolean inBackground;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lead-index-sync");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong built = new AtomicLong();
    /** Transactions with leads to index after their commit (imports), from their first such lead to the write. */
    private final AtomicInteger afterCommitWrites = new AtomicInteger();

    private volatile boolean ready;
    private volatile long buildTotal;

    @PersistenceContext
    private EntityManager entityManager;

    LeadIndexSync(
            EntityManagerFactory entityManagerFactory,
            LeadIndex index,
            FailedIndexWrites failures,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Value("${chainleads.search.sync-on-start:true}") boolean enabled,
            @Value("${chainleads.search.build-in-background:true}") boolean inBackground) {
        this.entityManagerFactory = entityManagerFactory;
        this.index = index;
        this.failures = failures;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transaction, also when called after another one completed (imports)
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.enabled = enabled;
        this.inBackground = inBackground;
    }

    /** Whether the index holds every lead (after the first build at start). */
    public boolean isReady() {
        return ready;
    }

    /** While the index is (re)built: how many leads are indexed of how many. */
    public Progress progress() {
        return new Progress(ready, built.get(), buildTotal);
    }

    public record Progress(boolean ready, long indexed, long total) {
        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, indexed * 100 / total);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart(ApplicationReadyEvent event) {
        String repair = event.getApplicationContext()
                .getEnvironment()
                .getProperty("chainleads.repair", "")
                .strip();
        if (repair.equals("index") || repair.equals("all")) {
            log.info("Repair requested: rebuilding the search index from the lead table");
            rebuild(); // before the repair run exits
            return;
        }
        if (enabled && inBackground) {
            background.submit(this::catchUpLogged);
        } else if (enabled) {
            catchUp();
        } else {
            ready = true;
        }
    }

    private void catchUpLogged() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.error(
                    "Search index: catching up with the lead table failed; the list reads the table until it "
                            + "succeeds",
                    e);
        }
    }

    @Scheduled(
            fixedDelayString = "${chainleads.search.catch-up-interval:PT5M}",
            initialDelayString = "${chainleads.search.catch-up-interval:PT5M}")
    void periodically() {
        if (!ready || afterCommitWrites.get() > 0) {
            return; // an import's leads are about to be written by the import itself; the next look catches up
        }
        LeadIndex.IndexedLeads indexed = index.indexedLeads();
        long maxIndexed = Arrays.stream(indexed.updatedAtMillis()).max().orElse(Long.MIN_VALUE);
        var table = jdbc.queryForMap("select count(*) as n, max(updated_at) as latest from investment_lead");
        long count = ((Number) table.get("n")).longValue();
        long latest = millis(table.get("latest"));
        if (count != indexed.size() || latest > maxIndexed) {
            catchUpLogged();
            return;
        }
        List<Long> stale = staleAmongRecent(indexed, latest);
        if (!stale.isEmpty()) {
            log.warn(
                    "Search index: {} recently changed leads held an older state — writing them again: {}",
                    stale.size(),
                    stale.size() > 20 ? stale.subList(0, 20) + "…" : stale);
            write(stale);
        }
    }

    /** Where the previous look's recent window began; the next one starts a little before its latest change. */
    private volatile long recentSinceMillis = Long.MIN_VALUE;

    /**
     * The leads changed since shortly before the previous look whose documents are older than their rows (or
     * missing): a check the totals above cannot make, since one stale document hides among newer ones. Read
     * through the index on updated_at, so it costs the changes of the last minutes, not the table.
     */
    private List<Long> staleAmongRecent(LeadIndex.IndexedLeads indexed, long latest) {
        long since = recentSinceMillis == Long.MIN_VALUE ? latest - RECENT_MARGIN.toMillis() : recentSinceMillis;
        recentSinceMillis = latest - RECENT_MARGIN.toMillis();
        Map<Long, Long> recent = new HashMap<>();
        jdbc.query(
                "select id, updated_at from investment_lead where updated_at >= ?",
                rs -> {
                    recent.put(rs.getLong(1), millis(rs.getObject(2, LocalDateTime.class)));
                },
                LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(since), ZoneOffset.UTC));
        return Difference.staleAmong(indexed, recent);
    }

    @Scheduled(fixedDelayString = "${chainleads.search.retry-interval:PT15S}")
    void retryFailedWrites() {
        List<Long> ids = failures.drain();
        if (ids.isEmpty()) {
            return;
        }
        log.info(
                "Search index: writing {} leads again after a failed write: {}",
                ids.size(),
                ids.size() > 20 ? ids.subList(0, 20) + "…" : ids);
        try {
            write(ids);
        } catch (RuntimeException e) {
            failures.retryLater(ids);
            log.error("Search index: writing leads {} again failed; next attempt later", ids, e);
        }
    }

    /**
     * Brings the index in step with the lead table now: rebuilds it when it is empty or outdated, otherwise
     * writes the leads it lacks or holds in an older state and removes those the table no longer has.
     */
    public synchronized void catchUp() {
        LeadIndex.IndexedLeads indexed = index.indexedLeads();
        TableLeads table = tableLeads();
        boolean outdated = Arrays.stream(indexed.mappingVersions()).anyMatch(v -> v != LeadIndexFields.MAPPING_VERSION);
        if (outdated || (indexed.size() == 0 && table.size() > 0)) {
            log.warn(
                    "Search index: {} — rebuilding it from the {} leads of the table",
                    outdated ? "documents of an older mapping found" : "the index is empty",
                    table.size());
            rebuild(table.size());
            return;
        }
        Difference difference = Difference.of(indexed, table);
        if (difference.changed().size() > Math.max(50_000, table.size() / 5)) {
            log.warn(
                    "Search index: {} of {} leads are missing or out of date — rebuilding it",
                    difference.changed().size(),
                    table.size());
            rebuild(table.size());
            return;
        }
        if (!difference.isEmpty()) {
            log.info(
                    "Search index: {} leads missing or out of date, {} no longer in the table — catching up",
                    difference.changed().size(),
                    difference.removed().size());
            write(difference.changed());
            write(difference.removed());
        }
        ready = true;
        log.info("Search index ready: {} leads", table.size());
    }

    /** Rebuilds the whole index (purge, then the mass indexer), logging its progress. */
    public synchronized void rebuild() {
        rebuild(jdbc.queryForObject("select count(*) from investment_lead", Long.class));
    }

    private void rebuild(long total) {
        ready = false;
        built.set(0);
        buildTotal = total;
        long start = System.nanoTime();
        try {
            Search.mapping(entityManagerFactory)
                    .scope(Lead.class)
                    .massIndexer()
                    .purgeAllOnStart(true)
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(250)
                    .idFetchSize(5_000)
                    .monitor(new ProgressLog(total))
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Search index rebuild interrupted", e);
        }
        ready = true;
        log.info("Search index rebuilt: {} leads in {} s", total, (System.nanoTime() - start) / 1_000_000_000);
    }

    /**
     * Writes these leads' documents now (removing those the table no longer has) and waits until they are
     * searchable — for leads written outside Hibernate, e.g. by a JDBC batch or an import that does its own
     * indexing.
     */
    public void write(Collection<Long> leadIds) {
        List<Long> ids = new ArrayList<>(Set.copyOf(leadIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            boolean last = from + CHUNK >= ids.size();
            transactions.executeWithoutResult(status -> {
                SearchSession search = Search.session(entityManager);
                if (!last) {
                    // a bulk write (an import): the documents become searchable with the last chunk's refresh
                    search.indexingPlanSynchronizationStrategy(LeadIndexWriteStrategy.withoutRefresh(failures));
                }
                List<Lead> leads = entityManager
                        .createQuery(
                                "select distinct l from Lead l "
                                        + "left join fetch l.qualifications left join fetch l.followUps where l.id in :ids",
                                Lead.class)
                        .setParameter("ids", chunk)
                        .getResultList();
                Set<Long> found = new java.util.HashSet<>();
                for (Lead lead : leads) {
                    search.indexingPlan().addOrUpdate(lead);
                    found.add(lead.getId());
                }
                for (Long id : chunk) {
                    if (!found.contains(id)) {
                        search.indexingPlan().purge(Lead.class, id, null);
                    }
                }
            });
            entityManager.clear();
        }
    }

    /** Removes a lead's document (the lead stays in the table): for tests of lost index writes. */
    void remove(long leadId) {
        transactions.executeWithoutResult(
                status -> Search.session(entityManager).indexingPlan().purge(Lead.class, leadId, null));
    }

    /**
     * A lead of the current transaction changed by an update Hibernate did not see (and was refreshed since):
     * its document is written at commit like any other change.
     */
    public void changedBehindHibernate(Lead lead) {
        Search.session(entityManager).indexingPlan().addOrUpdate(lead);
    }

    /**
     * For bulk writes (an import of thousands of leads, cleared from the session batch by batch): leads are left
     * out of the current transaction's automatic indexing and these ids are written once it has committed,
     * before the caller's request returns. Nothing is indexed when it rolls back.
     */
    public void writeAfterCommit(Collection<Long> leadIds) {
        excludeFromAutomaticIndexing();
        AfterCommitWrite pending = (AfterCommitWrite) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new AfterCommitWrite();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
            afterCommitWrites.incrementAndGet();
        }
        pending.ids.addAll(leadIds);
    }

    /** Leads written in the current session from now on are indexed only through {@link #writeAfterCommit}. */
    public void excludeFromAutomaticIndexing() {
        Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Lead.class));
    }

    private final class AfterCommitWrite implements TransactionSynchronization {
        private final List<Long> ids = new ArrayList<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LeadIndexSync.this);
            try {
                if (status == STATUS_COMMITTED) {
                    try {
                        write(ids);
                    } catch (RuntimeException e) {
                        failures.retryLater(ids);
                        log.error(
                                "Search index: writing {} leads after their commit failed; next attempt later",
                                ids.size(),
                                e);
                    }
                }
            } finally {
                afterCommitWrites.decrementAndGet();
            }
        }
    }

    /** Every lead id of the table with its last change, in id order. */
    private TableLeads tableLeads() {
        long[][] holder = {new long[1 << 16], new long[1 << 16]};
        int[] size = {0};
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "select id, updated_at from investment_lead order by id",
                            java.sql.ResultSet.TYPE_FORWARD_ONLY,
                            java.sql.ResultSet.CONCUR_READ_ONLY);
                    statement.setFetchSize(10_000);
                    return statement;
                },
                rs -> {
                    if (size[0] == holder[0].length) {
                        holder[0] = Arrays.copyOf(holder[0], size[0] * 2);
                        holder[1] = Arrays.copyOf(holder[1], size[0] * 2);
                    }
                    holder[0][size[0]] = rs.getLong(1);
                    holder[1][size[0]] = millis(rs.getObject(2, LocalDateTime.class));
                    size[0]++;
                });
        return new TableLeads(Arrays.copyOf(holder[0], size[0]), Arrays.copyOf(holder[1], size[0]));
    }

    private static long millis(Object timestamp) {
        if (timestamp == null) {
            return Long.MIN_VALUE;
        }
        LocalDateTime utc =
                timestamp instanceof LocalDateTime local ? local : ((java.sql.Timestamp) timestamp).toLocalDateTime();
        return utc.toInstant(ZoneOffset.UTC).toEpochMilli(); // stored as UTC (hibernate.jdbc.time_zone)
    }

    record TableLeads(long[] ids, long[] updatedAtMillis) {
        int size() {
            return ids.length;
        }
    }

    /** Leads to write (missing or changed since indexed) and to remove (indexed, no longer in the table). */
    record Difference(List<Long> changed, List<Long> removed) {

        boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }

        /** Of {@code rows} (lead id to its row's last change), those whose document is older or missing. */
        static List<Long> staleAmong(LeadIndex.IndexedLeads indexed, Map<Long, Long> rows) {
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, Long> missing = new HashMap<>(rows);
            List<Long> stale = new ArrayList<>();
            for (int i = 0; i < indexed.ids().length; i++) {
                Long rowAt = missing.remove(indexed.ids()[i]);
                if (rowAt != null && rowAt > indexed.updatedAtMillis()[i]) {
                    stale.add(indexed.ids()[i]);
                }
            }
            stale.addAll(missing.keySet());
            Collections.sort(stale);
            return stale;
        }

        static Difference of(LeadIndex.IndexedLeads indexed, TableLeads table) {
            long[] indexedIds = indexed.ids().clone();
            long[] indexedAt = new long[indexedIds.length];
            Integer[] order = new Integer[indexedIds.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(indexed.ids()[a], indexed.ids()[b]));
            for (int i = 0; i < order.length; i++) {
                indexedIds[i] = indexed.ids()[order[i]];
                indexedAt[i] = indexed.updatedAtMillis()[order[i]];
            }
            List<Long> changed = new ArrayList<>();
            List<Long> removed = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < table.ids().length || j < indexedIds.length) {
                if (j >= indexedIds.length || (i < table.ids().length && table.ids()[i] < indexedIds[j])) {
                    changed.add(table.ids()[i++]);
                } else if (i >= table.ids().length || indexedIds[j] < table.ids()[i]) {
                    removed.add(indexedIds[j++]);
                } else {
                    if (table.updatedAtMillis()[i] > indexedAt[j]) {
                        changed.add(table.ids()[i]);
                    }
                    i++;
                    j++;
                }
            }
            return new Difference(changed, removed);
        }
    }

    /** Logs the mass indexer's progress every tenth part and keeps it for the list's notice. */
    private final class ProgressLog implements MassIndexingMonitor {
        private final long total;
        private final AtomicLong lastLogged = new AtomicLong();

        ProgressLog(long total) {
            this.total = total;
        }

        @Override
        public void documentsAdded(long increment) {
            long done = built.addAndGet(increment);
            long step = Math.max(1, total / 10);
            long previous = lastLogged.get();
            if (done - previous >= step && lastLogged.compareAndSet(previous, done)) {
                log.info(
                        "Search index: {} of {} leads indexed ({}%)",
                        done, total, total == 0 ? 100 : done * 100 / total);
            }
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}

package com.chainleads.lead.summary;

import com.chainleads.lead.domain.Lead;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.engine.spi.SessionImplementor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary tables as a whole: rebuilt from the lead table, checked against it, and told about lead changes
 * that Hibernate does not see.
 *
 * <p>Writes through Hibernate need nothing: {@link LeadSummaryListener} sees them. A write that bypasses it must
 * either report its change inside its transaction ({@link #record}, {@link #activityMoved}) or be followed by
 * {@link #rebuild()} — as the demo data and the benchmark's generator are (the start-up check catches the rest).
 */
@Component
public class LeadSummaries {

    private static final Logger log = LoggerFactory.getLogger(LeadSummaries.class);
    private static final List<SummaryTable> TABLES = List.of(SummaryTable.values());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate rebuildTransaction;
    private final TransactionTemplate readTransaction;
    private final LeadSummaryListener listener;
    private final EntityManager entityManager;

    LeadSummaries(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            LeadSummaryListener listener,
            EntityManager entityManager) {
        this.jdbc = jdbc;
        this.listener = listener;
        this.entityManager = entityManager;
        rebuildTransaction = new TransactionTemplate(transactions);
        // consistent reads without locking the leads: writers that committed before the rebuild took the guard are
        // in, those still running wait at the guard and add their change on top
        rebuildTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        readTransaction = new TransactionTemplate(transactions);
        readTransaction.setReadOnly(true);
    }

    /**
     * Recomputes every summary table from the lead table in one transaction; safe while the portal runs (saves
     * wait for it at the guard row, then add their change). Returns how long it took, in milliseconds.
     */
    public long rebuild() {
        long start = System.nanoTime();
        Long leads = rebuildTransaction.execute(status -> {
            jdbc.queryForObject(SummaryWriter.GUARD + " FOR UPDATE", Integer.class);
            for (SummaryTable table : TABLES) {
                jdbc.update("DELETE FROM " + table.tableName());
            }
            Object[] span = jdbc.queryForObject(
                    "SELECT MIN(first_reported_at), MAX(first_reported_at), COUNT(*) FROM investment_lead",
                    (rs, row) -> new Object[] {
                        rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class), rs.getLong(3)
                    });
            String reportedDay = ReportedDaySql.expression(
                    "first_reported_at", listener.zone(), (LocalDateTime) span[0], (LocalDateTime) span[1]);
            for (String statement : SummarySql.rebuild(reportedDay)) {
                jdbc.update(statement);
            }
            return (Long) span[2];
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Lead summaries rebuilt from {} leads in {} ms", leads, millis);
        return millis;
    }

    /** Compares the grand totals of the summary tables with the lead table's (one read-only transaction). */
    public SummaryCheck check() {
        return readTransaction.execute(status -> SummaryCheck.run(jdbc));
    }

    /**
     * Checks the summaries and rebuilds them when they are out of step, saying so in the log: what the portal does
     * at every start, before it serves requests.
     */
    public SummaryCheck checkAndRepair() {
        long start = System.nanoTime();
        SummaryCheck check = check();
        if (check.inStep()) {
            log.info(
                    "Lead summaries in step with {} leads (checked in {} ms)",
                    check.leads(),
                    (System.nanoTime() - start) / 1_000_000);
        } else if (check.empty()) {
            log.info("Lead summaries are empty while the lead table holds {} leads: building them", check.leads());
            rebuild();
        } else {
            log.warn(
                    "Lead summaries out of step with the lead table ({} leads), rebuilding them: {}",
                    check.leads(),
                    String.join("; ", check.differences()));
            rebuild();
        }
        return check;
    }

    /**
     * A lead written outside Hibernate (plain SQL) in the current JPA transaction: its contribution moves from
     * {@code before} to {@code after} (null: not there). Written with the transaction's other summary changes.
     */
    public void record(@Nullable LeadFacts before, @Nullable LeadFacts after) {
        listener.record(entityManager.unwrap(SessionImplementor.class), before, after);
    }

    /**
     * The lead's last activity moves to {@code activityOn} by a bulk update Hibernate does not see (follow-up
     * bookkeeping). Call it in the same transaction, while {@code lead} still holds the values the database had
     * before the update.
     */
    public void activityMoved(Lead lead, LocalDate activityOn) {
        LeadFacts before = LeadFacts.of(lead, listener.zone());
        record(before, before.withLastActivityOn(activityOn));
    }

    /** The facts of a loaded lead, on the district's clock (for {@link #record}). */
    public LeadFacts factsOf(Lead lead) {
        return LeadFacts.of(lead, listener.zone());
    }
}

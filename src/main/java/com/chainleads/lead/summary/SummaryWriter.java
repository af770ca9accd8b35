package com.chainleads.lead.summary;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.stereotype.Component;

/**
 * Writes a transaction's summary changes on its own connection, just before it commits: first a shared lock on
 * the guard row (a rebuild holds it exclusively, so no change lands half in a rebuild), then the changed rows,
 * table by table in key order, as multi-row upserts (one statement per table for a single lead's change).
 */
@Component
class SummaryWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SummaryWriter.class);

    /** Rows per upsert statement: a few round trips per save, a bounded statement for a large import. */
    static final int ROWS_PER_STATEMENT = 200;

    /** The guard row every writer locks shared and a rebuild locks exclusively. */
    static final String GUARD = "SELECT id FROM lead_summary_guard WHERE id = 1";

    private volatile @org.jspecify.annotations.Nullable Boolean h2;

    void apply(SessionImplementor session, SummaryDeltas deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        List<SummaryDeltas.Delta> rows = deltas.sorted();
        if (!rows.isEmpty()) {
            long start = System.nanoTime();
            session.doWork(connection -> write(connection, rows));
            if (log.isDebugEnabled()) {
                log.debug("{} summary rows written in {} µs", rows.size(), (System.nanoTime() - start) / 1_000);
            }
        }
    }

    void write(Connection connection, List<SummaryDeltas.Delta> rows) throws SQLException {
        lockGuardShared(connection);
        int from = 0;
        while (from < rows.size()) {
            SummaryTable table = rows.get(from).key().table();
            int to = from;
            while (to < rows.size() && rows.get(to).key().table() == table) {
                to++;
            }
            writeTable(connection, table, rows.subList(from, to));
            from = to;
        }
    }

    private void lockGuardShared(Connection connection) throws SQLException {
        // H2 has no shared row locks: writers take turns on the guard there (one node, few writers)
        String lock = isH2(connection) ? " FOR UPDATE" : " LOCK IN SHARE MODE";
        try (PreparedStatement statement = connection.prepareStatement(GUARD + lock);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("lead_summary_guard has no row 1: the schema is incomplete");
            }
        }
    }

    /** The rows of one table, in key order, as multi-row upserts of at most {@value #ROWS_PER_STATEMENT} rows. */
    private static void writeTable(Connection connection, SummaryTable table, List<SummaryDeltas.Delta> rows)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<SummaryDeltas.Delta> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement statement = connection.prepareStatement(table.upsertSql(chunk.size()))) {
                int index = 1;
                for (SummaryDeltas.Delta row : chunk) {
                    for (Object value : row.key().values()) {
                        statement.setObject(index++, value);
                    }
                    statement.setLong(index++, row.count());
                    for (BigDecimal amount : row.amounts()) {
                        statement.setBigDecimal(index++, amount);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    boolean isH2(Connection connection) throws SQLException {
        Boolean known = h2;
        if (known == null) {
            known = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
            h2 = known;
        }
        return known;
    }
}

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
 * the guard row (a rebuild holds it exclusively, so no change lands half in a rebuild), then one upsert per
 * changed row, table by table in key order, batched per table.
 */
@Component
class SummaryWriter {

    /** The guard row every writer locks shared and a rebuild locks exclusively. */
    static final String GUARD = "SELECT id FROM lead_summary_guard WHERE id = 1";

    private volatile @org.jspecify.annotations.Nullable Boolean h2;

    void apply(SessionImplementor session, SummaryDeltas deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        List<SummaryDeltas.Delta> rows = deltas.sorted();
        if (!rows.isEmpty()) {
            session.doWork(connection -> write(connection, rows));
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

    private static void writeTable(Connection connection, SummaryTable table, List<SummaryDeltas.Delta> rows)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(table.upsertSql())) {
            for (SummaryDeltas.Delta row : rows) {
                int index = 1;
                for (Object value : row.key().values()) {
                    statement.setObject(index++, value);
                }
                // the values of a new row, then the same values added to an existing one
                for (int pass = 0; pass < 2; pass++) {
                    statement.setLong(index++, row.count());
                    for (BigDecimal amount : row.amounts()) {
                        statement.setBigDecimal(index++, amount);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    boolean isH2(Connection connection) throws SQLException {
        Boolean known = h2;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            h2 = known;
        }
        return known;
    }
}

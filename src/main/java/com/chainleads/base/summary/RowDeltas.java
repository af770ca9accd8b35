package com.chainleads.base.summary;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The changes one transaction makes to the rows of one summary table, added up per row: each write adds its new
 * contribution and takes away its old one. {@link #write} adds them to the table in key order (two saves never take
 * the same rows in opposite orders), as multi-row upserts that are the same on H2 (MySQL mode), MariaDB and MySQL 8;
 * rows that net to zero are left out. Key values are strings, numbers or dates (compared as they sort in the
 * table's binary collation).
 */
public final class RowDeltas {

    /** A summary table: its name, key columns in primary-key order, the count column and the amount columns. */
    public record Table(String name, List<String> keyColumns, String countColumn, List<String> amountColumns) {

        public Table {
            keyColumns = List.copyOf(keyColumns);
            amountColumns = List.copyOf(amountColumns);
        }

        /** Only a count per row, no amounts. */
        public static Table counting(String name, String countColumn, String... keyColumns) {
            return new Table(name, List.of(keyColumns), countColumn, List.of());
        }

        String upsertSql(int rows) {
            List<String> columns = new ArrayList<>(keyColumns);
            if (!countColumn.isEmpty()) {
                columns.add(countColumn);
            }
            columns.addAll(amountColumns);
            String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            List<String> additions = new ArrayList<>();
            if (!countColumn.isEmpty()) {
                additions.add(countColumn + " = " + countColumn + " + VALUES(" + countColumn + ")");
            }
            amountColumns.forEach(column -> additions.add(column + " = " + column + " + VALUES(" + column + ")"));
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(rows, row)) + " ON DUPLICATE KEY UPDATE "
                    + String.join(", ", additions);
        }
    }

    /** Rows per upsert statement: a few round trips per save, a bounded statement for a large import. */
    static final int ROWS_PER_STATEMENT = 200;

    private final Table table;
    private final Map<List<Object>, Sum> sums = new TreeMap<>(RowDeltas::compareKeys);

    private static final class Sum {
        long count;
        final BigDecimal[] amounts;

        Sum(int amounts) {
            this.amounts = new BigDecimal[amounts];
            Arrays.fill(this.amounts, BigDecimal.ZERO);
        }

        boolean isZero() {
            return count == 0 && Arrays.stream(amounts).allMatch(amount -> amount.signum() == 0);
        }
    }

    public RowDeltas(Table table) {
        this.table = table;
    }

    public Table table() {
        return table;
    }

    /** Adds {@code count} and the amounts (one per amount column) to the row with this key. */
    public void add(long count, BigDecimal[] amounts, Object... key) {
        if (key.length != table.keyColumns().size()
                || amounts.length != table.amountColumns().size()) {
            throw new IllegalArgumentException("Wrong shape for " + table.name() + ": " + Arrays.toString(key));
        }
        for (Object value : key) {
            Objects.requireNonNull(value, () -> "null key value for " + table.name());
        }
        Sum sum = sums.computeIfAbsent(List.of(key), k -> new Sum(amounts.length));
        sum.count += count;
        for (int i = 0; i < amounts.length; i++) {
            sum.amounts[i] = sum.amounts[i].add(amounts[i]);
        }
    }

    /** Adds a count to the row with this key (a table without amounts). */
    public void add(long count, Object... key) {
        add(count, new BigDecimal[0], key);
    }

    /** The rows that change, in key order, with their count and amounts; rows that net to zero left out. */
    public Map<List<Object>, long[]> counts() {
        Map<List<Object>, long[]> counts = new TreeMap<>(RowDeltas::compareKeys);
        sums.forEach((key, sum) -> {
            if (!sum.isZero()) {
                counts.put(key, new long[] {sum.count});
            }
        });
        return counts;
    }

    /** The amounts of a row (zeros when absent). */
    public BigDecimal[] amounts(List<Object> key) {
        Sum sum = sums.get(key);
        if (sum == null) {
            BigDecimal[] zeros = new BigDecimal[table.amountColumns().size()];
            Arrays.fill(zeros, BigDecimal.ZERO);
            return zeros;
        }
        return sum.amounts.clone();
    }

    public boolean isEmpty() {
        return sums.values().stream().allMatch(Sum::isZero);
    }

    /** Adds every non-zero row to the table on this connection, in key order. */
    public void write(Connection connection) throws SQLException {
        List<Map.Entry<List<Object>, Sum>> rows = sums.entrySet().stream()
                .filter(entry -> !entry.getValue().isZero())
                .toList();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Map.Entry<List<Object>, Sum>> chunk =
                    rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement statement = connection.prepareStatement(table.upsertSql(chunk.size()))) {
                int index = 1;
                for (Map.Entry<List<Object>, Sum> row : chunk) {
                    for (Object value : row.getKey()) {
                        statement.setObject(index++, value);
                    }
                    if (!table.countColumn().isEmpty()) {
                        statement.setLong(index++, row.getValue().count);
                    }
                    for (BigDecimal amount : row.getValue().amounts) {
                        statement.setBigDecimal(index++, amount);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byValue = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}

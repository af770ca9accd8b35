package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of the summary tables, for comparing what the writes left with what a rebuild computes. */
final class SummaryRows {

    private SummaryRows() {}

    /** Table and key → count and amounts; rows that add up to nothing left out (the writes keep emptied rows). */
    static Map<String, String> read(JdbcTemplate jdbc) {
        Map<String, String> rows = new TreeMap<>();
        for (SummaryTable table : SummaryTable.values()) {
            List<String> columns = table.columns();
            int keys = table.keyColumns().size();
            jdbc.query("SELECT " + String.join(", ", columns) + " FROM " + table.tableName(), rs -> {
                List<String> key = new ArrayList<>();
                List<String> values = new ArrayList<>();
                boolean zero = true;
                for (int i = 1; i <= columns.size(); i++) {
                    if (i <= keys) {
                        key.add(String.valueOf(rs.getObject(i)));
                    } else {
                        BigDecimal value = rs.getBigDecimal(i);
                        zero &= value.signum() == 0;
                        values.add(value.stripTrailingZeros().toPlainString());
                    }
                }
                assertThat(Long.parseLong(values.get(0)))
                        .as("lead count of %s %s", table, key)
                        .isNotNegative();
                if (!zero) {
                    rows.put(table + " " + key, String.join(" ", values));
                }
            });
        }
        return rows;
    }

    /** The rows that differ between the two, as "key: a ≠ b", at most {@code limit}. */
    static List<String> differences(Map<String, String> actual, Map<String, String> expected, int limit) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        for (String key : keys) {
            if (!Objects.equals(actual.get(key), expected.get(key)) && differences.size() < limit) {
                differences.add(key + ": " + actual.get(key) + " ≠ " + expected.get(key));
            }
        }
        return differences;
    }

    /** The summary rows as the writes left them equal the rows a rebuild computes from the lead table. */
    static void assertEqualToRebuild(JdbcTemplate jdbc, LeadSummaries summaries) {
        Map<String, String> kept = read(jdbc);
        summaries.rebuild();
        Map<String, String> rebuilt = read(jdbc);
        assertThat(differences(kept, rebuilt, 30))
                .as("summary rows kept in step (left) vs rebuilt (right)")
                .isEmpty();
        assertThat(kept).isNotEmpty();
    }
}

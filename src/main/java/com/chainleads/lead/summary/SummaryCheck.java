package com.chainleads.lead.summary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The start-up check: the grand totals of every summary table (per kind and grain for the periods) against the
 * same totals from the lead table. Equal totals do not prove every row right, but a summary left behind by a
 * write that bypassed the application — a restored backup, the demo data, a hand-made fix — shows here.
 *
 * @param expected each total as the lead table gives it, e.g. {@code "period REGION M amount" → 12345.00}
 * @param actual the same totals from the summary tables
 */
public record SummaryCheck(long leads, Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {

    public boolean inStep() {
        return differences().isEmpty();
    }

    /** The summaries hold nothing at all (never built). */
    public boolean empty() {
        return actual.values().stream().allMatch(value -> value.signum() == 0);
    }

    /** "name: summaries X, leads Y" for every total that differs. */
    public List<String> differences() {
        return expected.entrySet().stream()
                .filter(e -> e.getValue().compareTo(actual.getOrDefault(e.getKey(), BigDecimal.ZERO)) != 0)
                .map(e -> e.getKey() + ": summaries "
                        + actual.getOrDefault(e.getKey(), BigDecimal.ZERO).toPlainString() + ", leads "
                        + e.getValue().toPlainString())
                .toList();
    }

    static SummaryCheck run(JdbcTemplate jdbc) {
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        BigDecimal[] leads = jdbc.queryForObject(SummarySql.leadTotals(), (rs, row) -> {
            BigDecimal[] values = new BigDecimal[12];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getBigDecimal(i + 1);
            }
            return values;
        });
        BigDecimal count = leads[0];
        BigDecimal investment = leads[1];
        expected.put("stage count", count);
        expected.put("stage investment", investment);
        expected.put("stage signed", leads[2]);
        expected.put("stage funds", leads[3]);
        expected.put("link count", leads[4]);
        expected.put("link investment", leads[5]);
        expected.put("owner count", count);
        for (PeriodKind kind : PeriodKind.values()) {
            BigDecimal kindCount = switch (kind) {
                case SIGNED -> leads[6];
                case LANDED -> leads[8];
                default -> count;
            };
            BigDecimal kindAmount = switch (kind) {
                case SIGNED -> leads[7];
                case LANDED -> leads[9];
                default -> investment;
            };
            for (String grain : List.of(LeadFacts.MONTH, LeadFacts.DAY)) {
                expected.put("period " + kind + " " + grain + " count", kindCount);
                expected.put("period " + kind + " " + grain + " amount", kindAmount);
            }
        }
        expected.put("clock " + LeadFacts.ACTIVE_CLOCK + " count", leads[10]);
        expected.put("clock " + LeadFacts.REGISTERED_CLOCK + " count", leads[11]);

        jdbc.query(
                "SELECT COALESCE(SUM(lead_count), 0), COALESCE(SUM(total_investment), 0), "
                        + "COALESCE(SUM(signed_amount), 0), COALESCE(SUM(funds_received), 0) FROM lead_summary_stage",
                rs -> {
                    actual.put("stage count", rs.getBigDecimal(1));
                    actual.put("stage investment", rs.getBigDecimal(2));
                    actual.put("stage signed", rs.getBigDecimal(3));
                    actual.put("stage funds", rs.getBigDecimal(4));
                });
        jdbc.query(
                "SELECT COALESCE(SUM(lead_count), 0), COALESCE(SUM(total_investment), 0) FROM lead_summary_link",
                rs -> {
                    actual.put("link count", rs.getBigDecimal(1));
                    actual.put("link investment", rs.getBigDecimal(2));
                });
        jdbc.query("SELECT COALESCE(SUM(lead_count), 0) FROM lead_summary_owner", rs -> {
            actual.put("owner count", rs.getBigDecimal(1));
        });
        jdbc.query(
                "SELECT kind, grain, SUM(lead_count), SUM(amount) FROM lead_summary_period GROUP BY kind, grain",
                rs -> {
                    String prefix = "period " + rs.getString(1) + " " + rs.getString(2);
                    actual.put(prefix + " count", rs.getBigDecimal(3));
                    actual.put(prefix + " amount", rs.getBigDecimal(4));
                });
        jdbc.query("SELECT kind, SUM(lead_count) FROM lead_summary_clock GROUP BY kind", rs -> {
            actual.put("clock " + rs.getString(1) + " count", rs.getBigDecimal(2));
        });
        return new SummaryCheck(count.longValue(), expected, actual);
    }
}

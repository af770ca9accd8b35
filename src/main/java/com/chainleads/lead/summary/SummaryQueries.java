package com.chainleads.lead.summary;

import com.chainleads.base.summary.SummaryScope;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTally;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the summary tables: each figure is one query over the rows of its scope — a few hundred rows for the
 * stage and link tables, the months (and at most 62 days) of a period, the last two months of the clocks —
 * however many leads there are. Runs in the caller's transaction (one snapshot for all of a cockpit's figures).
 */
@Component
public class SummaryQueries {

    private final JdbcTemplate jdbc;

    SummaryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Leads in these stages with {@code investment_band} at least {@code minimumBand}: count and sums. */
    public LeadGroupTotals stageTotals(SummaryScope scope, Collection<LeadStage> stages, int minimumBand) {
        if (stages.isEmpty()) {
            return new LeadGroupTotals(null, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("SELECT COALESCE(SUM(lead_count), 0), COALESCE(SUM(total_investment), 0), "
                        + "COALESCE(SUM(signed_amount), 0), COALESCE(SUM(funds_received), 0) FROM lead_summary_stage "
                        + "WHERE stage_rank IN (" + ranks(stages) + ") AND investment_band >= ?");
        arguments.add(minimumBand);
        scope.appendTo(sql, arguments, "");
        return jdbc.queryForObject(
                sql.toString(),
                (rs, row) -> new LeadGroupTotals(
                        null, rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                arguments.toArray());
    }

    /** The same per sector (key: sector code), sectors without such leads left out. */
    public List<LeadGroupTotals> stageTotalsBySector(SummaryScope scope, Collection<LeadStage> stages) {
        if (stages.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT c.code, SUM(s.lead_count), SUM(s.total_investment), "
                + "SUM(s.signed_amount), SUM(s.funds_received) FROM lead_summary_stage s "
                + "JOIN sector c ON c.id = s.sector_id WHERE s.stage_rank IN (" + ranks(stages) + ")");
        scope.appendTo(sql, arguments, "s.");
        sql.append(" GROUP BY c.code HAVING SUM(s.lead_count) <> 0");
        return jdbc.query(
                sql.toString(),
                (rs, row) -> new LeadGroupTotals(
                        rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)),
                arguments.toArray());
    }

    /** Leads counted in the period rows of {@code kind} from {@code from} to {@code to}: count and amount. */
    public LeadTally periodTotals(PeriodKind kind, SummaryScope scope, LocalDate from, LocalDate to) {
        PeriodSplit split = PeriodSplit.of(from, to);
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(lead_count), 0), COALESCE(SUM(amount), 0) "
                + "FROM lead_summary_period WHERE kind = ?");
        arguments.add(kind.name());
        if (!appendPeriod(sql, arguments, split)) {
            return new LeadTally(null, 0, BigDecimal.ZERO);
        }
        scope.appendTo(sql, arguments, "");
        return jdbc.queryForObject(
                sql.toString(),
                (rs, row) -> new LeadTally(null, rs.getLong(1), rs.getBigDecimal(2)),
                arguments.toArray());
    }

    /** The same per value of the cohort ({@code dim}; key null for leads without one), values without leads left out. */
    public List<LeadTally> periodTotalsByValue(PeriodKind kind, SummaryScope scope, LocalDate from, LocalDate to) {
        PeriodSplit split = PeriodSplit.of(from, to);
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "SELECT dim, SUM(lead_count), SUM(amount) FROM lead_summary_period " + "WHERE kind = ?");
        arguments.add(kind.name());
        if (!appendPeriod(sql, arguments, split)) {
            return List.of();
        }
        scope.appendTo(sql, arguments, "");
        sql.append(" GROUP BY dim HAVING SUM(lead_count) <> 0");
        return jdbc.query(
                sql.toString(),
                (rs, row) -> new LeadTally(
                        rs.getString(1).isEmpty() ? null : rs.getString(1), rs.getLong(2), rs.getBigDecimal(3)),
                arguments.toArray());
    }

    /** Leads counted in the month rows of {@code kind}, for each month asked (0 for months without any). */
    public long[] monthlyCounts(PeriodKind kind, SummaryScope scope, List<YearMonth> months) {
        long[] counts = new long[months.size()];
        if (months.isEmpty()) {
            return counts;
        }
        YearMonth first = Collections.min(months);
        YearMonth last = Collections.max(months);
        List<Object> arguments = new ArrayList<>(List.of(kind.name(), LeadFacts.MONTH, first.atDay(1), last.atDay(1)));
        StringBuilder sql = new StringBuilder("SELECT period_start, SUM(lead_count) FROM lead_summary_period "
                + "WHERE kind = ? AND grain = ? AND period_start BETWEEN ? AND ?");
        scope.appendTo(sql, arguments, "");
        sql.append(" GROUP BY period_start");
        Map<YearMonth, Long> byMonth = new HashMap<>();
        jdbc.query(
                sql.toString(),
                (ResultSet rs) -> {
                    byMonth.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2));
                },
                arguments.toArray());
        for (int i = 0; i < counts.length; i++) {
            counts[i] = byMonth.getOrDefault(months.get(i), 0L);
        }
        return counts;
    }

    /**
     * Per officer, the sums the response clocks are counted from: active leads and leads at 线索登记 from the owner
     * table; from the clock table only the days after {@code overdueBy} (activity) and after {@code lateBy} (first
     * report). In unit order, then by officer name.
     */
    public List<ClockTotals> clockTotals(SummaryScope scope, LocalDate overdueBy, LocalDate staleBy, LocalDate lateBy) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT u.id, u.name_zh, u.name_en, o.id, o.username, o.display_name, "
                + "t.active_total, t.active_recent, t.active_stale, t.registered_total, t.registered_recent FROM ("
                + "SELECT unit_id, owner_id, SUM(active_total) AS active_total, SUM(active_recent) AS active_recent, "
                + "SUM(active_stale) AS active_stale, SUM(registered_total) AS registered_total, "
                + "SUM(registered_recent) AS registered_recent FROM (");
        sql.append("SELECT unit_id, owner_id, lead_count AS active_total, 0 AS active_recent, 0 AS active_stale, "
                + "CASE WHEN stage_rank = " + LeadStage.REGISTERED.rank() + " THEN lead_count ELSE 0 END "
                + "AS registered_total, 0 AS registered_recent FROM lead_summary_owner WHERE stage_rank IN ("
                + SummarySql.activeRanks() + ")");
        scope.appendTo(sql, arguments, "");
        sql.append(" UNION ALL SELECT unit_id, owner_id, 0, lead_count, CASE WHEN clock_on <= ? THEN lead_count ELSE 0 "
                + "END, 0, 0 FROM lead_summary_clock WHERE kind = ? AND clock_on > ?");
        arguments.addAll(List.of(staleBy, LeadFacts.ACTIVE_CLOCK, overdueBy));
        scope.appendTo(sql, arguments, "");
        sql.append(" UNION ALL SELECT unit_id, owner_id, 0, 0, 0, 0, lead_count FROM lead_summary_clock "
                + "WHERE kind = ? AND clock_on > ?");
        arguments.addAll(List.of(LeadFacts.REGISTERED_CLOCK, lateBy));
        scope.appendTo(sql, arguments, "");
        sql.append(") x GROUP BY unit_id, owner_id) t JOIN org_unit u ON u.id = t.unit_id "
                + "JOIN app_user o ON o.id = t.owner_id ORDER BY u.sort_order, o.display_name");
        return jdbc.query(
                sql.toString(),
                (rs, row) -> new ClockTotals(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(11)),
                arguments.toArray());
    }

    /**
     * Leads per chain link and stage (key {@code "<link id>|<STAGE>"}) with their planned investment, for the
     * links of one sector (all when null), in the caller's units.
     */
    public List<LeadGroupTotals> linkStageTotals(
            SummaryScope scope, @Nullable Long sectorId, Collection<LeadStage> stages) {
        if (stages.isEmpty()) {
            return List.of();
        }
        Map<Integer, LeadStage> byRank = new HashMap<>();
        for (LeadStage stage : LeadStage.values()) {
            byRank.put(stage.rank(), stage);
        }
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT s.chain_link_id, s.stage_rank, SUM(s.lead_count), "
                + "SUM(s.total_investment) FROM lead_summary_link s");
        if (sectorId != null) {
            sql.append(" JOIN chain_link c ON c.id = s.chain_link_id AND c.sector_id = ?");
            arguments.add(sectorId);
        }
        sql.append(" WHERE s.stage_rank IN (").append(ranks(stages)).append(")");
        scope.appendUnitsTo(sql, arguments, "s.");
        sql.append(" GROUP BY s.chain_link_id, s.stage_rank HAVING SUM(s.lead_count) <> 0");
        return jdbc.query(
                sql.toString(),
                (rs, row) -> new LeadGroupTotals(
                        rs.getLong(1) + "|" + byRank.get(rs.getInt(2)).name(),
                        rs.getLong(3),
                        rs.getBigDecimal(4),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO),
                arguments.toArray());
    }

    /** {@code (grain = 'M' AND period_start BETWEEN …) OR (grain = 'D' AND …)}; false when the range is empty. */
    private static boolean appendPeriod(StringBuilder sql, List<Object> arguments, PeriodSplit split) {
        List<String> parts = new ArrayList<>();
        if (split.hasMonths()) {
            parts.add("(grain = ? AND period_start BETWEEN ? AND ?)");
            arguments.addAll(List.of(
                    LeadFacts.MONTH,
                    split.firstMonth().atDay(1),
                    split.lastMonth().atDay(1)));
        }
        for (PeriodSplit.DayRange days : split.days()) {
            parts.add("(grain = ? AND period_start BETWEEN ? AND ?)");
            arguments.addAll(List.of(LeadFacts.DAY, days.from(), days.to()));
        }
        if (parts.isEmpty()) {
            return false;
        }
        sql.append(" AND (").append(String.join(" OR ", parts)).append(")");
        return true;
    }

    private static String ranks(Collection<LeadStage> stages) {
        return stages.stream()
                .map(LeadStage::rank)
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
    }
}

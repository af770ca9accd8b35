package com.chainleads.lead.summary;

import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.LeadStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary tables computed from the lead table in SQL — INSERT … SELECT … GROUP BY, the same on H2 and MySQL —
 * for the rebuild, and the grand totals the start-up check compares. Written apart from {@link LeadFacts} on
 * purpose: the tests compare what the two compute.
 */
final class SummarySql {

    private SummarySql() {}

    static String activeRanks() {
        return Arrays.stream(LeadFacts.ACTIVE_RANKS).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }

    /** The investment band of {@code total_investment}, as {@link InvestmentBand#of} (its ordinal). */
    static String band() {
        StringBuilder sql = new StringBuilder("CASE");
        InvestmentBand[] bands = InvestmentBand.values();
        for (int i = bands.length - 1; i > 0; i--) {
            sql.append(" WHEN total_investment >= ")
                    .append(bands[i].minimum().toPlainString())
                    .append(" THEN ")
                    .append(bands[i].ordinal());
        }
        return sql.append(" ELSE ")
                .append(InvestmentBand.ANY.ordinal())
                .append(" END")
                .toString();
    }

    /** The statements that fill the (emptied) summary tables from the lead table. */
    static List<String> rebuild(String reportedDay) {
        String leads = "(SELECT unit_id, owner_id, sector_id, chain_link_id, stage_rank, furthest_stage_rank, "
                + band() + " AS investment_band, COALESCE(total_investment, 0) AS investment, "
                + "COALESCE(signed_amount, 0) AS signed, COALESCE(funds_received, 0) AS funds, "
                + reportedDay + " AS reported_on, signed_on, landed_on, last_activity_on, "
                + "COALESCE(origin_region, '') AS region, COALESCE(channel, '') AS channel_code, "
                + "COALESCE(project_type, '') AS type_code, CONCAT('', furthest_stage_rank) AS furthest "
                + "FROM investment_lead) l";
        List<String> statements = new ArrayList<>();
        statements.add("INSERT INTO lead_summary_stage (unit_id, sector_id, stage_rank, investment_band, lead_count, "
                + "total_investment, signed_amount, funds_received) "
                + "SELECT unit_id, sector_id, stage_rank, investment_band, COUNT(*), SUM(investment), SUM(signed), "
                + "SUM(funds) FROM " + leads + " GROUP BY unit_id, sector_id, stage_rank, investment_band");
        statements.add(
                "INSERT INTO lead_summary_link (chain_link_id, unit_id, stage_rank, lead_count, total_investment) "
                        + "SELECT chain_link_id, unit_id, stage_rank, COUNT(*), SUM(investment) FROM " + leads
                        + " WHERE chain_link_id IS NOT NULL GROUP BY chain_link_id, unit_id, stage_rank");
        statements.add("INSERT INTO lead_summary_owner (unit_id, owner_id, sector_id, stage_rank, lead_count) "
                + "SELECT unit_id, owner_id, sector_id, stage_rank, COUNT(*) FROM investment_lead "
                + "GROUP BY unit_id, owner_id, sector_id, stage_rank");
        statements.add(period(leads, PeriodKind.REPORTED, "reported_on", "''", "investment", null));
        statements.add(period(leads, PeriodKind.SIGNED, "signed_on", "''", "signed", "signed_on IS NOT NULL"));
        statements.add(period(leads, PeriodKind.LANDED, "landed_on", "''", "investment", "landed_on IS NOT NULL"));
        statements.add(period(leads, PeriodKind.REGION, "reported_on", "region", "investment", null));
        statements.add(period(leads, PeriodKind.CHANNEL, "reported_on", "channel_code", "investment", null));
        statements.add(period(leads, PeriodKind.PROJECT_TYPE, "reported_on", "type_code", "investment", null));
        statements.add(period(leads, PeriodKind.FURTHEST, "reported_on", "furthest", "investment", null));
        // the month rows from the day rows
        statements.add("INSERT INTO lead_summary_period (kind, grain, period_start, unit_id, sector_id, dim, "
                + "lead_count, amount) SELECT kind, '" + LeadFacts.MONTH + "', month_start, unit_id, sector_id, dim, "
                + "SUM(lead_count), SUM(amount) FROM (SELECT kind, "
                + "CAST(TIMESTAMPADD(DAY, 1 - DAYOFMONTH(period_start), period_start) AS DATE) AS month_start, "
                + "unit_id, sector_id, dim, lead_count, amount FROM lead_summary_period WHERE grain = '"
                + LeadFacts.DAY + "') d GROUP BY kind, month_start, unit_id, sector_id, dim");
        statements.add("INSERT INTO lead_summary_clock (kind, clock_on, unit_id, owner_id, sector_id, lead_count) "
                + "SELECT '" + LeadFacts.ACTIVE_CLOCK + "', last_activity_on, unit_id, owner_id, sector_id, COUNT(*) "
                + "FROM investment_lead WHERE stage_rank IN (" + activeRanks() + ") "
                + "GROUP BY last_activity_on, unit_id, owner_id, sector_id");
        statements.add("INSERT INTO lead_summary_clock (kind, clock_on, unit_id, owner_id, sector_id, lead_count) "
                + "SELECT '" + LeadFacts.REGISTERED_CLOCK + "', reported_on, unit_id, owner_id, sector_id, COUNT(*) "
                + "FROM " + leads + " WHERE stage_rank = " + LeadStage.REGISTERED.rank()
                + " GROUP BY reported_on, unit_id, owner_id, sector_id");
        return statements;
    }

    private static String period(
            String leads,
            PeriodKind kind,
            String day,
            String dim,
            String amount,
            @org.jspecify.annotations.Nullable String condition) {
        return "INSERT INTO lead_summary_period (kind, grain, period_start, unit_id, sector_id, dim, lead_count, amount) "
                + "SELECT '" + kind.name() + "', '" + LeadFacts.DAY + "', " + day + ", unit_id, sector_id, " + dim
                + ", COUNT(*), SUM(" + amount + ") FROM " + leads
                + (condition == null ? "" : " WHERE " + condition)
                + " GROUP BY " + day + ", unit_id, sector_id, " + dim;
    }

    /**
     * Grand totals of the lead table — leads, investment, signed amount, funds; leads with a link and their
     * investment; signed leads and their signed amount; landed leads and their investment; active leads; leads
     * at 线索登记 — what the summary tables must add up to ({@link SummaryCheck}).
     */
    static String leadTotals() {
        String active = "stage_rank IN (" + activeRanks() + ")";
        return "SELECT COUNT(*), COALESCE(SUM(total_investment), 0), COALESCE(SUM(signed_amount), 0), "
                + "COALESCE(SUM(funds_received), 0), COUNT(chain_link_id), "
                + "COALESCE(SUM(CASE WHEN chain_link_id IS NOT NULL THEN total_investment END), 0), "
                + "COUNT(signed_on), COALESCE(SUM(CASE WHEN signed_on IS NOT NULL THEN signed_amount END), 0), "
                + "COUNT(landed_on), COALESCE(SUM(CASE WHEN landed_on IS NOT NULL THEN total_investment END), 0), "
                + "COALESCE(SUM(CASE WHEN " + active + " THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN stage_rank = " + LeadStage.REGISTERED.rank() + " THEN 1 ELSE 0 END), 0) "
                + "FROM investment_lead";
    }
}

package com.chainleads.lead.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The summary tables, their keys (in primary-key order) and amounts; every row also counts its leads
 * ({@code lead_count}). The order of the constants is the order in which a transaction writes them, and a
 * table's rows are written in key order: two saves never wait for each other in opposite orders.
 */
public enum SummaryTable {
    /** Leads per unit, sector, stage and investment band: the KPIs and the sector bars. */
    STAGE(
            "lead_summary_stage",
            List.of("unit_id", "sector_id", "stage_rank", "investment_band"),
            List.of("total_investment", "signed_amount", "funds_received")),
    /** Leads with a chain link per link, unit and stage: the industry map. */
    LINK("lead_summary_link", List.of("chain_link_id", "unit_id", "stage_rank"), List.of("total_investment")),
    /** Leads per officer, sector and stage: the totals the response clocks are counted from. */
    OWNER("lead_summary_owner", List.of("unit_id", "owner_id", "sector_id", "stage_rank"), List.of()),
    /** Leads per event or cohort ({@link PeriodKind}), month ('M') or day ('D'), unit, sector and value. */
    PERIOD(
            "lead_summary_period",
            List.of("kind", "grain", "period_start", "unit_id", "sector_id", "dim"),
            List.of("amount")),
    /**
     * Active leads per day of their last activity (kind 'A'), leads at 线索登记 per day of their first report
     * ('R'), per officer and sector: the recent days the response clocks look at.
     */
    CLOCK("lead_summary_clock", List.of("kind", "clock_on", "unit_id", "owner_id", "sector_id"), List.of());

    private final String tableName;
    private final List<String> keyColumns;
    private final List<String> amountColumns;

    SummaryTable(String tableName, List<String> keyColumns, List<String> amountColumns) {
        this.tableName = tableName;
        this.keyColumns = keyColumns;
        this.amountColumns = amountColumns;
    }

    public String tableName() {
        return tableName;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    public List<String> amountColumns() {
        return amountColumns;
    }

    /** Key columns, {@code lead_count}, then the amounts: the columns of a row as the writer and the checks see it. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.add("lead_count");
        columns.addAll(amountColumns);
        return columns;
    }

    /**
     * Adds deltas to {@code rows} rows, creating those that are missing — one statement, the same on H2 (MySQL mode),
     * MariaDB and MySQL 8 (parameters: each row's key, count and amounts, in order). A new key inserts, an existing
     * one adds. The rows are written in the order given; unlike an UPDATE that finds nothing, it takes no gap lock
     * under REPEATABLE READ, so two saves creating rows side by side do not deadlock. ({@code VALUES(column)} is
     * deprecated on MySQL 8.0.20+ in favour of a row alias MariaDB does not know; it still works there.)
     */
    String upsertSql(int rows) {
        List<String> columns = columns();
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        List<String> additions = new ArrayList<>();
        additions.add("lead_count = lead_count + VALUES(lead_count)");
        amountColumns.forEach(column -> additions.add(column + " = " + column + " + VALUES(" + column + ")"));
        return "INSERT INTO " + tableName + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row)) + " ON DUPLICATE KEY UPDATE "
                + String.join(", ", additions);
    }
}

package com.chainleads.lead.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests: every lead whose search-index document disagrees with its row in the lead table on a field the list
 * filters or sorts by, as "lead 42 stageRank: index 3, table 4".
 */
public final class IndexConsistency {

    private IndexConsistency() {}

    public static List<String> differences(JdbcTemplate jdbc, LeadIndex index) {
        Map<String, Map<Long, Long>> table = new HashMap<>();
        jdbc.query(
                "select id, stage_rank, furthest_stage_rank, unit_id, owner_id, sector_id, chain_link_id, "
                        + "total_investment, last_activity_on, next_follow_up_on, signed_on, landed_on, updated_at "
                        + "from investment_lead",
                rs -> {
                    long id = rs.getLong("id");
                    put(table, LeadIndexFields.STAGE_RANK, id, rs.getLong("stage_rank"));
                    put(table, LeadIndexFields.FURTHEST_RANK, id, rs.getLong("furthest_stage_rank"));
                    put(table, LeadIndexFields.UNIT_ID, id, rs.getLong("unit_id"));
                    put(table, LeadIndexFields.OWNER_ID, id, rs.getLong("owner_id"));
                    put(table, LeadIndexFields.SECTOR_ID, id, rs.getLong("sector_id"));
                    put(table, LeadIndexFields.LINK_ID, id, (Long) rs.getObject("chain_link_id", Long.class));
                    var amount = rs.getBigDecimal("total_investment");
                    put(table, LeadIndexFields.INVESTMENT, id, amount == null ? null : LeadIndexFields.cents(amount));
                    put(
                            table,
                            LeadIndexFields.LAST_ACTIVITY,
                            id,
                            day(rs.getObject("last_activity_on", LocalDate.class)));
                    put(
                            table,
                            LeadIndexFields.NEXT_FOLLOW_UP,
                            id,
                            day(rs.getObject("next_follow_up_on", LocalDate.class)));
                    put(table, LeadIndexFields.SIGNED_ON, id, day(rs.getObject("signed_on", LocalDate.class)));
                    put(table, LeadIndexFields.LANDED_ON, id, day(rs.getObject("landed_on", LocalDate.class)));
                    put(
                            table,
                            LeadIndexFields.UPDATED_AT,
                            id,
                            rs.getObject("updated_at", LocalDateTime.class)
                                    .toInstant(ZoneOffset.UTC)
                                    .toEpochMilli());
                });
        List<String> differences = new ArrayList<>();
        for (var field : table.entrySet()) {
            Map<Long, Long> indexed = index.valuesOf(field.getKey());
            for (var row : field.getValue().entrySet()) {
                if (!Objects.equals(indexed.get(row.getKey()), row.getValue())) {
                    differences.add("lead " + row.getKey() + " " + field.getKey() + ": index "
                            + indexed.get(row.getKey()) + ", table " + row.getValue());
                }
            }
            for (Long id : indexed.keySet()) {
                if (!field.getValue().containsKey(id)
                        && !table.get(LeadIndexFields.STAGE_RANK).containsKey(id)) {
                    differences.add("lead " + id + " " + field.getKey() + ": in the index, not in the table");
                }
            }
        }
        return differences;
    }

    private static void put(Map<String, Map<Long, Long>> table, String field, long id, Long value) {
        Map<Long, Long> values = table.computeIfAbsent(field, f -> new HashMap<>());
        if (value != null) {
            values.put(id, value);
        } else {
            values.remove(id);
        }
    }

    private static Long day(LocalDate date) {
        return date == null ? null : date.toEpochDay();
    }
}

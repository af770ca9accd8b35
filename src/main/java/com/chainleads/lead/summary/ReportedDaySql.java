package com.chainleads.lead.summary;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SQL expression for the day of the first report on the district's clock. Instants are stored as UTC
 * wall-clock times ({@code hibernate.jdbc.time_zone=UTC}); the day in the zone is that time plus the zone's offset
 * at that instant. The offsets are written into the SQL from Java's time-zone rules for the span of the stored
 * instants, so the database needs no time-zone tables: for Asia/Shanghai it is one constant offset.
 */
final class ReportedDaySql {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private ReportedDaySql() {}

    /**
     * @param column the UTC wall-clock column, e.g. {@code first_reported_at}
     * @param earliest the earliest stored value (UTC wall clock), null when there is none
     * @param latest the latest stored value
     */
    static String expression(
            String column, ZoneId zone, @Nullable LocalDateTime earliest, @Nullable LocalDateTime latest) {
        ZoneRules rules = zone.getRules();
        LocalDateTime from = earliest == null ? LocalDateTime.now(ZoneOffset.UTC) : earliest;
        LocalDateTime to = latest == null ? from : latest;
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(from.toInstant(ZoneOffset.UTC));
        while (next != null && !next.getInstant().isAfter(to.toInstant(ZoneOffset.UTC))) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        String offset;
        if (transitions.isEmpty()) {
            offset = Integer.toString(
                    rules.getOffset(from.toInstant(ZoneOffset.UTC)).getTotalSeconds());
        } else {
            StringBuilder cases = new StringBuilder("CASE");
            for (ZoneOffsetTransition transition : transitions) {
                cases.append(" WHEN ")
                        .append(column)
                        .append(" < TIMESTAMP '")
                        .append(TIMESTAMP.format(LocalDateTime.ofInstant(transition.getInstant(), ZoneOffset.UTC)))
                        .append("' THEN ")
                        .append(transition.getOffsetBefore().getTotalSeconds());
            }
            cases.append(" ELSE ")
                    .append(transitions
                            .get(transitions.size() - 1)
                            .getOffsetAfter()
                            .getTotalSeconds())
                    .append(" END");
            offset = cases.toString();
        }
        return "CAST(TIMESTAMPADD(SECOND, " + offset + ", " + column + ") AS DATE)";
    }
}

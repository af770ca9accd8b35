package com.chainleads.construction.summary;

import com.chainleads.base.summary.RowDeltas;
import com.chainleads.lead.domain.LeadStage;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Moves the contribution of the projects a transaction touched, just before it commits, on its connection: what
 * each counted before is in {@code project_figure_member}; what it counts now is read from the lead, its
 * milestones, its progress row and its investment months — with locking reads, so a save that waited for another
 * sees what that one committed. Investment months as they were before the transaction are the months now minus the
 * changes it made ({@link ProjectFigureListener} collects them, a deleted lead's included).
 *
 * <p>Lock order: the member rows first (a placeholder row is made for a project that has none, so every locking
 * read finds a row and takes no gap lock), in lead id order; then the summary rows in key order. A write that
 * changes a plan locks its lead first ({@link ProjectFigures#lockProject}), so the lead's own row never waits here.
 */
final class ProjectFigureWriter {

    /** Ids per statement. */
    static final int CHUNK = 500;
    /** sector_id of a placeholder member row (no project): never a sector. */
    static final long PLACEHOLDER = -1;

    static final String SIGNED_RANKS = LeadStage.SIGNED_OR_LATER.stream()
            .map(stage -> Integer.toString(stage.rank()))
            .sorted()
            .collect(Collectors.joining(", "));

    private ProjectFigureWriter() {}

    /** What one transaction changed: projects touched, leads new in it, leads deleted, month changes per lead. */
    record Changes(
            Set<Long> touched, Set<Long> created, Set<Long> deleted, Map<Long, Map<LocalDate, BigDecimal[]>> months) {}

    static void apply(Connection connection, Changes changes) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        RowDeltas period = new RowDeltas(ProjectFacts.PERIOD);
        RowDeltas investment = new RowDeltas(ProjectFacts.INVESTMENT);
        Map<List<Long>, Integer> years = new TreeMap<>(ProjectFigureWriter::compareYearKeys);
        List<Long> existing = new ArrayList<>(new TreeSet<>(changes.touched()));
        existing.removeAll(changes.created());
        List<Long> created = new ArrayList<>(new TreeSet<>(changes.created()));
        created.removeAll(changes.deleted());
        for (List<Long> chunk : chunks(existing)) {
            // every member row of the chunk exists from here on: the reads below lock rows, never gaps
            jdbc.batchUpdate(
                    "INSERT INTO project_figure_member (lead_id, sector_id, unit_id) VALUES (?, " + PLACEHOLDER + ", "
                            + PLACEHOLDER + ") ON DUPLICATE KEY UPDATE sector_id = sector_id",
                    chunk.stream().map(id -> new Object[] {id}).toList());
            Map<Long, ProjectFacts> before = members(jdbc, chunk);
            List<Long> alive =
                    chunk.stream().filter(id -> !changes.deleted().contains(id)).toList();
            Map<Long, ProjectFacts> after = facts(jdbc, alive, true);
            move(jdbc, chunk, before, after, changes, period, investment, years);
            List<Object[]> gone = new ArrayList<>();
            List<Object[]> updated = new ArrayList<>();
            for (Long id : chunk) {
                ProjectFacts now = after.get(id);
                if (now == null) {
                    gone.add(new Object[] {id});
                } else {
                    updated.add(new Object[] {
                        now.sectorId(),
                        now.unitId(),
                        now.startedOn(),
                        now.producingOn(),
                        now.fullOn(),
                        now.openPlannedOn(),
                        id
                    });
                }
            }
            jdbc.batchUpdate("DELETE FROM project_figure_member WHERE lead_id = ?", gone);
            jdbc.batchUpdate(
                    "UPDATE project_figure_member SET sector_id = ?, unit_id = ?, started_on = ?, producing_on = ?, "
                            + "full_on = ?, open_planned_on = ? WHERE lead_id = ?",
                    updated);
        }
        for (List<Long> chunk : chunks(created)) {
            Map<Long, ProjectFacts> after = facts(jdbc, chunk, true);
            move(jdbc, chunk, Map.of(), after, changes, period, investment, years);
            insertMembers(jdbc, after.values());
        }
        writeYears(jdbc, years);
        period.write(connection);
        investment.write(connection);
    }

    /**
     * The projects' years with investment figures that the transaction added (+1) or took away (-1), in key order.
     * The member row of each lead is locked already, so no other save writes its rows: inserts and deletes by
     * primary key, no gap locks.
     */
    private static void writeYears(JdbcTemplate jdbc, Map<List<Long>, Integer> years) {
        List<Object[]> gone = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        years.forEach((key, sign) -> {
            if (sign < 0) {
                gone.add(new Object[] {key.get(0), key.get(1)});
            } else if (sign > 0) {
                added.add(new Object[] {key.get(0), key.get(1)});
            }
        });
        jdbc.batchUpdate("DELETE FROM project_figure_member_year WHERE invested_year = ? AND lead_id = ?", gone);
        jdbc.batchUpdate(
                "INSERT INTO project_figure_member_year (invested_year, lead_id) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE lead_id = lead_id",
                added);
    }

    private static int compareYearKeys(List<Long> a, List<Long> b) {
        int byYear = Long.compare(a.get(0), b.get(0));
        return byYear != 0 ? byYear : Long.compare(a.get(1), b.get(1));
    }

    private static void move(
            JdbcTemplate jdbc,
            List<Long> chunk,
            Map<Long, ProjectFacts> before,
            Map<Long, ProjectFacts> after,
            Changes changes,
            RowDeltas period,
            RowDeltas investment,
            Map<List<Long>, Integer> years) {
        List<Long> counted = chunk.stream()
                .filter(id -> before.containsKey(id) || after.containsKey(id))
                .toList();
        if (counted.isEmpty()) {
            return;
        }
        Map<Long, Map<LocalDate, BigDecimal[]>> months = months(jdbc, counted, true);
        for (Long id : counted) {
            ProjectFacts was = before.get(id);
            ProjectFacts now = after.get(id);
            Map<LocalDate, BigDecimal[]> monthsNow = months.getOrDefault(id, Map.of());
            Map<LocalDate, BigDecimal[]> delta = changes.months().getOrDefault(id, Map.of());
            if (was != null && was.equals(now) && delta.isEmpty()) {
                continue;
            }
            if (was != null) {
                was.addTo(period, -1);
                addMonths(period, investment, years, was, minus(monthsNow, delta), -1);
            }
            if (now != null) {
                now.addTo(period, 1);
                addMonths(period, investment, years, now, monthsNow, 1);
            }
        }
    }

    /**
     * Adds a project's months (and its years with figures) under its sector and unit, {@code sign} times; its years
     * with figures also to {@code memberYears} ((year, lead id) → sign).
     */
    private static void addMonths(
            RowDeltas period,
            RowDeltas investment,
            Map<List<Long>, Integer> memberYears,
            ProjectFacts place,
            Map<LocalDate, BigDecimal[]> months,
            int sign) {
        Map<Integer, BigDecimal> years = new TreeMap<>();
        months.forEach((month, figures) -> {
            BigDecimal planned = sign < 0 ? figures[0].negate() : figures[0];
            BigDecimal completed = sign < 0 ? figures[1].negate() : figures[1];
            investment.add(0, new BigDecimal[] {planned, completed}, month, place.sectorId(), place.unitId());
            years.merge(month.getYear(), figures[0].add(figures[1]), BigDecimal::add);
        });
        years.forEach((year, total) -> {
            if (total.signum() > 0) {
                memberYears.merge(List.of((long) year, place.leadId()), sign, Integer::sum);
                period.add(
                        sign,
                        ProjectFigureKind.INVESTED.name(),
                        ProjectFacts.YEAR,
                        LocalDate.of(year, 1, 1),
                        place.sectorId(),
                        place.unitId());
            }
        });
    }

    private static Map<LocalDate, BigDecimal[]> minus(
            Map<LocalDate, BigDecimal[]> now, Map<LocalDate, BigDecimal[]> delta) {
        Map<LocalDate, BigDecimal[]> was = new TreeMap<>();
        now.forEach((month, figures) -> was.put(month, figures.clone()));
        delta.forEach((month, change) -> {
            BigDecimal[] figures = was.computeIfAbsent(month, m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            figures[0] = figures[0].subtract(change[0]);
            figures[1] = figures[1].subtract(change[1]);
        });
        return was;
    }

    static void insertMembers(JdbcTemplate jdbc, Collection<ProjectFacts> members) {
        jdbc.batchUpdate(
                "INSERT INTO project_figure_member (lead_id, sector_id, unit_id, started_on, producing_on, full_on, "
                        + "open_planned_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                members.stream()
                        .sorted(java.util.Comparator.comparingLong(ProjectFacts::leadId))
                        .map(f -> new Object[] {
                            f.leadId(),
                            f.sectorId(),
                            f.unitId(),
                            f.startedOn(),
                            f.producingOn(),
                            f.fullOn(),
                            f.openPlannedOn()
                        })
                        .toList());
    }

    /** The member rows of these leads, locked; placeholders left out. */
    private static Map<Long, ProjectFacts> members(JdbcTemplate jdbc, List<Long> ids) {
        Map<Long, ProjectFacts> members = new HashMap<>();
        jdbc.query(
                "SELECT lead_id, sector_id, unit_id, started_on, producing_on, full_on, open_planned_on "
                        + "FROM project_figure_member WHERE lead_id IN (" + marks(ids)
                        + ") ORDER BY lead_id FOR UPDATE",
                rs -> {
                    if (rs.getLong(2) != PLACEHOLDER) {
                        members.put(
                                rs.getLong(1),
                                new ProjectFacts(
                                        rs.getLong(1),
                                        rs.getLong(2),
                                        rs.getLong(3),
                                        rs.getObject(4, LocalDate.class),
                                        rs.getObject(5, LocalDate.class),
                                        rs.getObject(6, LocalDate.class),
                                        rs.getObject(7, LocalDate.class)));
                    }
                },
                ids.toArray());
        return members;
    }

    /**
     * What these leads count now (only those at 签约 or later), from the source tables; {@code ids} null reads every
     * signed lead (a rebuild). {@code lock}: locking reads, which see what other transactions committed.
     */
    static Map<Long, ProjectFacts> facts(JdbcTemplate jdbc, @Nullable List<Long> ids, boolean lock) {
        if (ids != null && ids.isEmpty()) {
            return Map.of();
        }
        String forUpdate = lock ? " FOR UPDATE" : "";
        Object[] arguments = ids == null ? new Object[0] : ids.toArray();
        Map<Long, long[]> places = new TreeMap<>();
        jdbc.query(
                "SELECT id, sector_id, unit_id, stage_rank FROM investment_lead WHERE "
                        + (ids == null ? "stage_rank IN (" + SIGNED_RANKS + ")" : "id IN (" + marks(ids) + ")")
                        + forUpdate,
                rs -> {
                    if (isSigned(rs.getInt(4))) {
                        places.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                },
                arguments);
        if (places.isEmpty()) {
            return Map.of();
        }
        List<Long> signed = ids == null ? null : List.copyOf(places.keySet());
        Object[] signedArguments = signed == null ? new Object[0] : signed.toArray();
        Map<Long, ProjectFigureKind> kinds = new HashMap<>();
        jdbc.query("SELECT id, lead_stage FROM milestone_kind WHERE lead_stage IS NOT NULL", rs -> {
            ProjectFigureKind kind = ProjectFigureKind.ofStage(stage(rs.getString(2)));
            if (kind != null) {
                kinds.put(rs.getLong(1), kind);
            }
        });
        Map<Long, LocalDate[]> reached = new HashMap<>();
        jdbc.query(
                "SELECT lead_id, kind_id, actual_on FROM project_milestone WHERE actual_on IS NOT NULL"
                        + (signed == null ? "" : " AND lead_id IN (" + marks(signed) + ")") + forUpdate,
                rs -> {
                    ProjectFigureKind kind = kinds.get(rs.getLong(2));
                    long leadId = rs.getLong(1);
                    if (kind == null || !places.containsKey(leadId)) {
                        return;
                    }
                    LocalDate actual = rs.getObject(3, LocalDate.class);
                    LocalDate[] dates = reached.computeIfAbsent(leadId, id -> new LocalDate[3]);
                    int index = kind.ordinal();
                    if (dates[index] == null || actual.isBefore(dates[index])) {
                        dates[index] = actual;
                    }
                },
                signedArguments);
        Map<Long, LocalDate> open = new HashMap<>();
        jdbc.query(
                "SELECT lead_id, earliest_open_planned_on FROM project_progress WHERE "
                        + (signed == null
                                ? "earliest_open_planned_on IS NOT NULL"
                                : "lead_id IN (" + marks(signed) + ")")
                        + forUpdate,
                rs -> {
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    if (day != null) {
                        open.put(rs.getLong(1), day);
                    }
                },
                signedArguments);
        Map<Long, ProjectFacts> facts = new TreeMap<>();
        places.forEach((id, place) -> {
            LocalDate[] dates = reached.getOrDefault(id, new LocalDate[3]);
            facts.put(id, new ProjectFacts(id, place[0], place[1], dates[0], dates[1], dates[2], open.get(id)));
        });
        return facts;
    }

    /** Planned and completed per month of these leads (missing figures as zero). */
    static Map<Long, Map<LocalDate, BigDecimal[]>> months(JdbcTemplate jdbc, List<Long> ids, boolean lock) {
        Map<Long, Map<LocalDate, BigDecimal[]>> months = new HashMap<>();
        jdbc.query(
                "SELECT lead_id, month_start, planned, completed FROM project_investment_month WHERE lead_id IN ("
                        + marks(ids) + ")" + (lock ? " FOR UPDATE" : ""),
                rs -> {
                    months.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
                            .put(
                                    rs.getObject(2, LocalDate.class),
                                    new BigDecimal[] {zero(rs.getBigDecimal(3)), zero(rs.getBigDecimal(4))});
                },
                ids.toArray());
        return months;
    }

    static boolean isSigned(int stageRank) {
        return LeadStage.SIGNED_OR_LATER.stream().anyMatch(stage -> stage.rank() == stageRank);
    }

    private static @Nullable LeadStage stage(@Nullable String name) {
        try {
            return name == null ? null : LeadStage.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static BigDecimal zero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static String marks(Collection<?> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}

package com.chainleads.construction.summary;

import com.chainleads.base.summary.CalendarRange;
import com.chainleads.base.summary.RowDeltas;
import com.chainleads.base.summary.SummaryScope;
import com.chainleads.lead.service.LeadLocks;
import com.chainleads.lead.service.LeadsImported;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.hibernate.engine.spi.SessionImplementor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The project figures as a whole: read (each figure one query over bounded rows), rebuilt from the source tables,
 * checked against them, and told about leads written by SQL. Writes through Hibernate need nothing:
 * {@link ProjectFigureListener} sees them.
 *
 * <p>Size: the reads of each figure, the rebuild and the start-up check in one place, so their SQL stays side by
 * side.
 */
@Component
public class ProjectFigures {

    private static final Logger log = LoggerFactory.getLogger(ProjectFigures.class);

    private final JdbcTemplate jdbc;
    private final ProjectFigureListener listener;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final LeadLocks leadLocks;

    ProjectFigures(
            JdbcTemplate jdbc,
            ProjectFigureListener listener,
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            LeadLocks leadLocks) {
        this.jdbc = jdbc;
        this.listener = listener;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.leadLocks = leadLocks;
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    /**
     * Locks the project's lead row for the rest of the transaction: every write to a plan or its figures takes it
     * first, so two writes to one project take their turns and the figures' locking reads never wait on each other.
     */
    public void lockProject(long leadId) {
        leadLocks.lockForChange(leadId);
    }

    /** Leads an import wrote by SQL: counted with the import's transaction. */
    @EventListener
    void imported(LeadsImported event) {
        listener.created(entityManager.unwrap(SessionImplementor.class), event.leadIds());
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** Projects that reached the milestone of {@code kind} (STARTED, PRODUCING, FULL) from {@code from} to {@code to}. */
    public long reached(ProjectFigureKind kind, SummaryScope scope, LocalDate from, LocalDate to) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("SELECT COALESCE(SUM(project_count), 0) FROM project_figure_period WHERE kind = ? "
                        + "AND grain = ? AND period_start BETWEEN ? AND ?");
        arguments.addAll(List.of(kind.name(), ProjectFacts.MONTH, from.withDayOfMonth(1), to.withDayOfMonth(1)));
        scope.appendTo(sql, arguments, "");
        return count(sql, arguments);
    }

    /** Projects with investment figures (planned or completed above zero) in {@code year}. */
    public long invested(SummaryScope scope, int year) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("SELECT COALESCE(SUM(project_count), 0) FROM project_figure_period WHERE kind = ? "
                        + "AND grain = ? AND period_start = ?");
        arguments.addAll(List.of(ProjectFigureKind.INVESTED.name(), ProjectFacts.YEAR, LocalDate.of(year, 1, 1)));
        scope.appendTo(sql, arguments, "");
        return count(sql, arguments);
    }

    /** Investment planned and completed (万元) in the months from {@code from} to {@code to}: {planned, completed}. */
    public BigDecimal[] investment(SummaryScope scope, LocalDate from, LocalDate to) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(planned), 0), COALESCE(SUM(completed), 0) "
                + "FROM project_figure_investment WHERE month_start BETWEEN ? AND ?");
        arguments.addAll(List.of(from.withDayOfMonth(1), to.withDayOfMonth(1)));
        scope.appendTo(sql, arguments, "");
        return jdbc.queryForObject(
                sql.toString(),
                (rs, row) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)},
                arguments.toArray());
    }

    /** Delayed projects of one sector and unit (codes): 滞后 and 严重滞后. */
    public record Delays(String sectorCode, String unitCode, long delayed, long severelyDelayed) {}

    /**
     * Projects whose earliest open planned date is in the past, as of {@code today}, per sector and unit: 滞后 up to
     * {@code severeDelayDays} days late, 严重滞后 beyond (the {@code ScheduleClock} rule). Sectors and units without
     * any left out.
     */
    public List<Delays> delays(SummaryScope scope, LocalDate today, int severeDelayDays) {
        LocalDate lastSevere = today.minusDays(severeDelayDays + 1L);
        Map<List<String>, long[]> counts = new LinkedHashMap<>();
        collect(scope, CalendarRange.BEGINNING, lastSevere, counts, 1);
        collect(scope, lastSevere.plusDays(1), today.minusDays(1), counts, 0);
        return counts.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
                .map(e -> new Delays(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private void collect(SummaryScope scope, LocalDate from, LocalDate to, Map<List<String>, long[]> counts, int slot) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("SELECT s.code, u.code, SUM(p.project_count) FROM project_figure_period p "
                        + "JOIN sector s ON s.id = p.sector_id JOIN org_unit u ON u.id = p.unit_id WHERE p.kind = ?");
        arguments.add(ProjectFigureKind.OPEN.name());
        if (!CalendarRange.appendTo(sql, arguments, from, to)) {
            return;
        }
        scope.appendTo(sql, arguments, "p.");
        sql.append(" GROUP BY s.code, u.code");
        jdbc.query(
                sql.toString(),
                rs -> {
                    counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[2])[slot] +=
                            rs.getLong(3);
                },
                arguments.toArray());
    }

    // ---- the signed projects a figure counts, as lead ids (for /projects filtered by it) ----------------------

    /**
     * Signed projects whose earliest open planned date is from {@code from} to {@code to} (null: no bound): the
     * projects the OPEN rows count, so 滞后 as a list is 滞后 as a figure. An index range, no lead read.
     */
    public LongStream openPlannedBetween(@Nullable LocalDate from, @Nullable LocalDate to) {
        return ids("open_planned_on", from, to);
    }

    /** Signed projects that reached the milestone of {@code kind} (STARTED, PRODUCING, FULL) from {@code from} to {@code to}. */
    public LongStream reachedBetween(ProjectFigureKind kind, LocalDate from, LocalDate to) {
        String column = switch (kind) {
            case STARTED -> "started_on";
            case PRODUCING -> "producing_on";
            case FULL -> "full_on";
            default -> throw new IllegalArgumentException("not a milestone figure: " + kind);
        };
        return ids(column, from, to);
    }

    /** Signed projects with investment figures in {@code year} (what INVESTED counts). */
    public LongStream investedIn(int year) {
        LongStream.Builder ids = LongStream.builder();
        jdbc.query(
                "SELECT lead_id FROM project_figure_member_year WHERE invested_year = ?",
                rs -> {
                    ids.add(rs.getLong(1));
                },
                year);
        return ids.build();
    }

    /** Signed projects whose plan is fully reached (已完成). */
    public LongStream completed() {
        LongStream.Builder ids = LongStream.builder();
        jdbc.query(
                "SELECT p.lead_id FROM project_progress p JOIN project_figure_member m ON m.lead_id = p.lead_id "
                        + "WHERE p.status = 'COMPLETED' AND m.sector_id <> " + ProjectFigureWriter.PLACEHOLDER,
                rs -> {
                    ids.add(rs.getLong(1));
                });
        return ids.build();
    }

    private LongStream ids(String dateColumn, @Nullable LocalDate from, @Nullable LocalDate to) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT lead_id FROM project_figure_member WHERE " + dateColumn);
        if (from != null && to != null) {
            sql.append(" BETWEEN ? AND ?");
            arguments.addAll(List.of(from, to));
        } else if (from != null) {
            sql.append(" >= ?");
            arguments.add(from);
        } else if (to != null) {
            sql.append(" <= ?");
            arguments.add(to);
        } else {
            sql.append(" IS NOT NULL");
        }
        LongStream.Builder ids = LongStream.builder();
        jdbc.query(
                sql.toString(),
                rs -> {
                    ids.add(rs.getLong(1));
                },
                arguments.toArray());
        return ids.build();
    }

    private long count(StringBuilder sql, List<Object> arguments) {
        Long count = jdbc.queryForObject(sql.toString(), Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    // ---- rebuild and check ----------------------------------------------------------------------------------

    /**
     * Recomputes the member rows and every summary row from the source tables in one transaction; returns the
     * number of signed projects. Meant for the start (before requests are served) and the repair run.
     */
    public long rebuild() {
        long start = System.nanoTime();
        Long projects = transaction.execute(status -> {
            // the writers' lock order (members, their years, then the summary rows): a save waits, never deadlocks
            jdbc.update("DELETE FROM project_figure_member");
            jdbc.update("DELETE FROM project_figure_member_year");
            jdbc.update("DELETE FROM project_figure_period");
            jdbc.update("DELETE FROM project_figure_investment");
            Map<Long, ProjectFacts> facts = ProjectFigureWriter.facts(jdbc, null, false);
            ProjectFigureWriter.insertMembers(jdbc, facts.values());
            RowDeltas period = new RowDeltas(ProjectFacts.PERIOD);
            facts.values().forEach(f -> f.addTo(period, 1));
            jdbc.query(
                    "SELECT sector_id, unit_id, yr, COUNT(*) FROM (SELECT f.sector_id, f.unit_id, "
                            + "YEAR(m.month_start) AS yr, m.lead_id FROM project_investment_month m "
                            + "JOIN project_figure_member f ON f.lead_id = m.lead_id "
                            + "GROUP BY f.sector_id, f.unit_id, YEAR(m.month_start), m.lead_id "
                            + "HAVING SUM(COALESCE(m.planned, 0)) + SUM(COALESCE(m.completed, 0)) > 0) t "
                            + "GROUP BY sector_id, unit_id, yr",
                    rs -> {
                        period.add(
                                rs.getLong(4),
                                ProjectFigureKind.INVESTED.name(),
                                ProjectFacts.YEAR,
                                LocalDate.of(rs.getInt(3), 1, 1),
                                rs.getLong(1),
                                rs.getLong(2));
                    });
            jdbc.execute((java.sql.Connection connection) -> {
                period.write(connection);
                return null;
            });
            jdbc.update("INSERT INTO project_figure_member_year (invested_year, lead_id) "
                    + "SELECT YEAR(m.month_start), m.lead_id FROM project_investment_month m "
                    + "JOIN project_figure_member f ON f.lead_id = m.lead_id "
                    + "GROUP BY YEAR(m.month_start), m.lead_id "
                    + "HAVING SUM(COALESCE(m.planned, 0)) + SUM(COALESCE(m.completed, 0)) > 0");
            jdbc.update("INSERT INTO project_figure_investment (month_start, sector_id, unit_id, planned, completed) "
                    + "SELECT m.month_start, f.sector_id, f.unit_id, SUM(COALESCE(m.planned, 0)), "
                    + "SUM(COALESCE(m.completed, 0)) FROM project_investment_month m "
                    + "JOIN project_figure_member f ON f.lead_id = m.lead_id "
                    + "GROUP BY m.month_start, f.sector_id, f.unit_id");
            return (long) facts.size();
        });
        log.info(
                "Project figures rebuilt from {} signed projects in {} ms",
                projects,
                (System.nanoTime() - start) / 1_000_000);
        return projects == null ? 0 : projects;
    }

    /**
     * Rebuilds the figures once the caller's transaction has committed, in a transaction of its own: for a change
     * that moves what many projects count, such as a milestone kind linked to another lead stage. Its deletes come
     * first, so the reads after them see every save that committed before (saves after wait for the rebuild).
     */
    public void rebuildAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                separate.executeWithoutResult(status -> rebuild());
            }
        });
    }

    /** The grand totals of the figures (actual) against the same totals from the source tables (expected). */
    public record Check(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {

        public boolean inStep() {
            return differences().isEmpty();
        }

        public List<String> differences() {
            List<String> differences = new ArrayList<>();
            expected.forEach((name, value) -> {
                BigDecimal stored = actual.getOrDefault(name, BigDecimal.ZERO);
                if (stored.compareTo(value) != 0) {
                    differences.add(name + ": figures " + stored.toPlainString() + ", source " + value.toPlainString());
                }
            });
            return differences;
        }
    }

    public Check check() {
        return transaction.execute(status -> {
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            Map<String, BigDecimal> actual = new LinkedHashMap<>();
            String signed = "l.stage_rank IN (" + ProjectFigureWriter.SIGNED_RANKS + ")";
            jdbc.query(
                    "SELECT COUNT(*), COALESCE(SUM(l.sector_id), 0), COALESCE(SUM(l.unit_id), 0) "
                            + "FROM investment_lead l WHERE " + signed,
                    rs -> {
                        expected.put("projects", rs.getBigDecimal(1));
                        expected.put("projects sector", rs.getBigDecimal(2));
                        expected.put("projects unit", rs.getBigDecimal(3));
                    });
            jdbc.query(
                    "SELECT COUNT(*), COALESCE(SUM(sector_id), 0), COALESCE(SUM(unit_id), 0) FROM "
                            + "project_figure_member WHERE sector_id <> " + ProjectFigureWriter.PLACEHOLDER,
                    rs -> {
                        actual.put("projects", rs.getBigDecimal(1));
                        actual.put("projects sector", rs.getBigDecimal(2));
                        actual.put("projects unit", rs.getBigDecimal(3));
                    });
            for (ProjectFigureKind kind :
                    List.of(ProjectFigureKind.STARTED, ProjectFigureKind.PRODUCING, ProjectFigureKind.FULL)) {
                expected.put(kind + " M", BigDecimal.ZERO);
            }
            jdbc.query(
                    "SELECT k.lead_stage, COUNT(DISTINCT m.lead_id) FROM project_milestone m "
                            + "JOIN milestone_kind k ON k.id = m.kind_id JOIN investment_lead l ON l.id = m.lead_id "
                            + "WHERE m.actual_on IS NOT NULL AND k.lead_stage IS NOT NULL AND " + signed
                            + " GROUP BY k.lead_stage",
                    rs -> {
                        ProjectFigureKind kind = ProjectFigureKind.ofStage(
                                com.chainleads.lead.domain.LeadStage.valueOf(rs.getString(1)));
                        if (kind != null) {
                            expected.merge(kind + " M", rs.getBigDecimal(2), BigDecimal::add);
                        }
                    });
            BigDecimal open = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM project_progress p JOIN investment_lead l ON l.id = p.lead_id "
                            + "WHERE p.earliest_open_planned_on IS NOT NULL AND " + signed,
                    BigDecimal.class);
            expected.put("OPEN M", open);
            expected.put("OPEN D", open);
            expected.put(
                    "INVESTED Y",
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM (SELECT m.lead_id, YEAR(m.month_start) AS yr "
                                    + "FROM project_investment_month m JOIN investment_lead l ON l.id = m.lead_id WHERE "
                                    + signed + " GROUP BY m.lead_id, YEAR(m.month_start) "
                                    + "HAVING SUM(COALESCE(m.planned, 0)) + SUM(COALESCE(m.completed, 0)) > 0) t",
                            BigDecimal.class));
            jdbc.query(
                    "SELECT COALESCE(SUM(m.planned), 0), COALESCE(SUM(m.completed), 0) "
                            + "FROM project_investment_month m JOIN investment_lead l ON l.id = m.lead_id WHERE "
                            + signed,
                    rs -> {
                        expected.put("planned", rs.getBigDecimal(1));
                        expected.put("completed", rs.getBigDecimal(2));
                    });
            expected.put("INVESTED member years", expected.get("INVESTED Y"));
            actual.put(
                    "INVESTED member years",
                    jdbc.queryForObject("SELECT COUNT(*) FROM project_figure_member_year", BigDecimal.class));
            jdbc.query("SELECT kind, grain, SUM(project_count) FROM project_figure_period GROUP BY kind, grain", rs -> {
                actual.put(rs.getString(1) + " " + rs.getString(2), rs.getBigDecimal(3));
            });
            jdbc.query(
                    "SELECT COALESCE(SUM(planned), 0), COALESCE(SUM(completed), 0) FROM project_figure_investment",
                    rs -> {
                        actual.put("planned", rs.getBigDecimal(1));
                        actual.put("completed", rs.getBigDecimal(2));
                    });
            actual.keySet().forEach(name -> expected.putIfAbsent(name, BigDecimal.ZERO));
            return new Check(expected, actual);
        });
    }

    /** Checks the figures and rebuilds them when out of step, saying so in the log (what the portal does at start). */
    public Check checkAndRepair() {
        Check check = check();
        if (check.inStep()) {
            log.info(
                    "Project figures in step with {} signed projects",
                    check.expected().get("projects"));
        } else {
            log.warn(
                    "Project figures out of step with the source tables, rebuilding them: {}",
                    String.join("; ", check.differences()));
            rebuild();
        }
        return check;
    }

    /** Sessions with changes not yet written (for tests). */
    int pendingSessions() {
        return listener.pendingSessions();
    }
}

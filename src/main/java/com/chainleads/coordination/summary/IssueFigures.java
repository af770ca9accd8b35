package com.chainleads.coordination.summary;

import com.chainleads.base.summary.CalendarRange;
import com.chainleads.base.summary.EntityListeners;
import com.chainleads.base.summary.PendingWrites;
import com.chainleads.base.summary.RowDeltas;
import com.chainleads.base.summary.SummaryScope;
import com.chainleads.coordination.domain.CoordinationIssue;
import com.chainleads.lead.domain.Lead;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open coordination issues per department, sector, unit and deadline (month rows and day rows), kept in step with
 * every issue Hibernate inserts, updates or deletes (raised, moved, closed, re-opened, deadline or department
 * changed): each change takes the issue's old row away and adds its new one, written just before the transaction
 * commits, in key order. Two writes Hibernate does not see report here: the lead's facts copied onto its issues by
 * one statement ({@link #leadFactsCopied}) and a lead's issues going with it by the foreign key (read before the
 * lead is deleted). At start the totals are compared with the issue table and rebuilt when they differ, as with
 * {@code --chainleads.repair=summaries}.
 *
 * <p>Size: listener, reads, rebuild and start-up check of one small table, kept together.
 */
@Component
public class IssueFigures
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PreDeleteEventListener,
                SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IssueFigures.class);
    /** After the project figures (100); both before Hibernate's completion steps (the lead summaries). */
    static final int ORDER = 200;

    static final RowDeltas.Table TABLE = RowDeltas.Table.counting(
            "issue_figure", "issue_count", "department_id", "sector_id", "unit_id", "grain", "period_start");

    private final PendingWrites<RowDeltas> pending =
            PendingWrites.beforeSpringCommit(ORDER, () -> new RowDeltas(TABLE), IssueFigures::write);
    private final Map<EntityPersister, int[]> properties = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Environment environment;

    IssueFigures(
            EntityManagerFactory entityManagerFactory,
            JdbcTemplate jdbc,
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            Environment environment) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
        EntityListeners.register(entityManagerFactory, this);
    }

    /** Where an open issue counts: its department, sector, unit and deadline. */
    record Place(long departmentId, long sectorId, long unitId, LocalDate deadline) {

        void addTo(RowDeltas rows, int sign) {
            rows.add(sign, departmentId, sectorId, unitId, CalendarRange.MONTH, deadline.withDayOfMonth(1));
            rows.add(sign, departmentId, sectorId, unitId, CalendarRange.DAY, deadline);
        }
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof CoordinationIssue) {
            moved(event.getSession(), null, place(event.getPersister(), event.getState()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (event.getEntity() instanceof CoordinationIssue issue) {
            Object[] old = event.getOldState();
            if (old == null) {
                log.error(
                        "Issue {} updated without its previous state: the issue figures may be out of step "
                                + "until they are rebuilt (start with --chainleads.repair=summaries)",
                        issue.getId());
                return;
            }
            moved(event.getSession(), place(event.getPersister(), old), place(event.getPersister(), event.getState()));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity() instanceof CoordinationIssue) {
            moved(event.getSession(), place(event.getPersister(), event.getDeletedState()), null);
        }
    }

    /** A lead about to be deleted takes its issues with it by the foreign key: they leave the figures now. */
    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (event.getEntity() instanceof Lead lead) {
            long leadId = Objects.requireNonNull(lead.getId());
            RowDeltas changes = of(event.getSession());
            event.getSession().doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT department_id, sector_id, unit_id, deadline FROM coordination_issue "
                                + "WHERE lead_id = ? AND is_open = TRUE FOR UPDATE")) {
                    statement.setLong(1, leadId);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            new Place(
                                            rows.getLong(1),
                                            rows.getLong(2),
                                            rows.getLong(3),
                                            rows.getObject(4, LocalDate.class))
                                    .addTo(changes, -1);
                        }
                    }
                }
            });
        }
        return false;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /**
     * The lead's sector and unit are about to be copied onto its issues by one statement: call it just before, in
     * the same transaction. Its open issues are read locked (as committed) and move to the new sector and unit.
     */
    public void leadFactsCopied(long leadId, long sectorId, long unitId) {
        entityManager.flush();
        RowDeltas changes = of(entityManager.unwrap(SessionImplementor.class));
        jdbc.query(
                "SELECT department_id, sector_id, unit_id, deadline FROM coordination_issue "
                        + "WHERE lead_id = ? AND is_open = TRUE FOR UPDATE",
                rs -> {
                    LocalDate deadline = rs.getObject(4, LocalDate.class);
                    new Place(rs.getLong(1), rs.getLong(2), rs.getLong(3), deadline).addTo(changes, -1);
                    new Place(rs.getLong(1), sectorId, unitId, deadline).addTo(changes, 1);
                },
                leadId);
    }

    private void moved(SharedSessionContractImplementor session, @Nullable Place before, @Nullable Place after) {
        if (Objects.equals(before, after)) {
            return;
        }
        RowDeltas changes = of(session);
        if (before != null) {
            before.addTo(changes, -1);
        }
        if (after != null) {
            after.addTo(changes, 1);
        }
    }

    /** Where the issue counts in this state; null when it is closed. */
    private @Nullable Place place(EntityPersister persister, Object[] state) {
        int[] at = properties.computeIfAbsent(persister, p -> {
            List<String> names = List.of(p.getPropertyNames());
            int[] indexes = new int[5];
            String[] wanted = {"open", "department", "sector", "unit", "deadline"};
            for (int i = 0; i < wanted.length; i++) {
                indexes[i] = names.indexOf(wanted[i]);
                if (indexes[i] < 0) {
                    throw new IllegalStateException("CoordinationIssue has no property " + wanted[i]);
                }
            }
            return indexes;
        });
        if (!Boolean.TRUE.equals(state[at[0]])) {
            return null;
        }
        return new Place(id(state[at[1]]), id(state[at[2]]), id(state[at[3]]), (LocalDate) state[at[4]]);
    }

    private static long id(Object entity) {
        Object id = entity instanceof org.hibernate.proxy.HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getIdentifier()
                : ((com.chainleads.base.domain.AbstractEntity) entity).getId();
        return ((Number) Objects.requireNonNull(id, "reference without id")).longValue();
    }

    private RowDeltas of(SharedSessionContractImplementor session) {
        return pending.of(session);
    }

    private static void write(SessionImplementor on, RowDeltas rows) {
        if (!rows.isEmpty()) {
            on.doWork(rows::write);
        }
    }

    /** Sessions with changes not yet written (for tests). */
    int pendingSessions() {
        return pending.sessions();
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** Open and overdue issues of one department (its code and names). */
    public record DepartmentCounts(String code, String nameZh, String nameEn, long open, long overdue) {}

    /**
     * Open issues per department of some sectors (codes; none = all) and one unit (code; none = all), in the
     * units the caller sees ({@code visibleUnit}; all when {@code allUnits}), and those past their deadline as of
     * {@code today}: departments without open issues left out, most open first.
     */
    public List<DepartmentCounts> byDepartment(
            Set<String> sectors, @Nullable String unit, boolean allUnits, @Nullable Long visibleUnit, LocalDate today) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        for (int slot = 0; slot < 2; slot++) {
            List<Object> arguments = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT d.code, d.name_zh, d.name_en, SUM(f.issue_count) "
                    + "FROM issue_figure f JOIN department d ON d.id = f.department_id WHERE 1 = 1");
            if (slot == 0) {
                sql.append(" AND f.grain = ?");
                arguments.add(CalendarRange.MONTH);
            } else if (!CalendarRange.appendTo(sql, arguments, CalendarRange.BEGINNING, today.minusDays(1))) {
                continue;
            }
            new SummaryScope(sectors, unit, allUnits, visibleUnit).appendTo(sql, arguments, "f.");
            sql.append(" GROUP BY d.code, d.name_zh, d.name_en");
            int index = slot;
            jdbc.query(
                    sql.toString(),
                    rs -> {
                        names.putIfAbsent(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                        counts.computeIfAbsent(rs.getString(1), k -> new long[2])[index] += rs.getLong(4);
                    },
                    arguments.toArray());
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0)
                .map(e -> new DepartmentCounts(
                        e.getKey(),
                        names.get(e.getKey())[0],
                        names.get(e.getKey())[1],
                        e.getValue()[0],
                        e.getValue()[1]))
                .sorted(java.util.Comparator.comparingLong(DepartmentCounts::open)
                        .reversed()
                        .thenComparing(DepartmentCounts::code))
                .toList();
    }

    // ---- rebuild and check ----------------------------------------------------------------------------------

    /** Recomputes every row from the issue table in one transaction; returns the open issues counted. */
    public long rebuild() {
        Long open = transaction.execute(status -> {
            jdbc.update("DELETE FROM issue_figure");
            RowDeltas rows = new RowDeltas(TABLE);
            jdbc.query(
                    "SELECT department_id, sector_id, unit_id, deadline, COUNT(*) FROM coordination_issue "
                            + "WHERE is_open = TRUE GROUP BY department_id, sector_id, unit_id, deadline",
                    rs -> {
                        Place place = new Place(
                                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class));
                        place.addTo(rows, Math.toIntExact(rs.getLong(5)));
                    });
            jdbc.execute((java.sql.Connection connection) -> {
                rows.write(connection);
                return null;
            });
            return jdbc.queryForObject("SELECT COUNT(*) FROM coordination_issue WHERE is_open = TRUE", Long.class);
        });
        log.info("Issue figures rebuilt from {} open issues", open);
        return open == null ? 0 : open;
    }

    /** Grand totals of the figures against the issue table: "name: figures X, issues Y" for each that differs. */
    public List<String> differences() {
        return Objects.requireNonNull(transaction.execute(status -> {
            Map<String, BigDecimal> expected = new LinkedHashMap<>();
            jdbc.query(
                    "SELECT COUNT(*), COALESCE(SUM(department_id), 0), COALESCE(SUM(sector_id), 0), "
                            + "COALESCE(SUM(unit_id), 0) FROM coordination_issue WHERE is_open = TRUE",
                    rs -> {
                        for (String grain : List.of(CalendarRange.MONTH, CalendarRange.DAY)) {
                            expected.put(grain + " count", rs.getBigDecimal(1));
                            expected.put(grain + " department", rs.getBigDecimal(2));
                            expected.put(grain + " sector", rs.getBigDecimal(3));
                            expected.put(grain + " unit", rs.getBigDecimal(4));
                        }
                    });
            Map<String, BigDecimal> actual = new LinkedHashMap<>();
            jdbc.query(
                    "SELECT grain, SUM(issue_count), SUM(issue_count * department_id), SUM(issue_count * sector_id), "
                            + "SUM(issue_count * unit_id) FROM issue_figure GROUP BY grain",
                    rs -> {
                        actual.put(rs.getString(1) + " count", rs.getBigDecimal(2));
                        actual.put(rs.getString(1) + " department", rs.getBigDecimal(3));
                        actual.put(rs.getString(1) + " sector", rs.getBigDecimal(4));
                        actual.put(rs.getString(1) + " unit", rs.getBigDecimal(5));
                    });
            List<String> differences = new ArrayList<>();
            expected.forEach((name, value) -> {
                BigDecimal stored = actual.getOrDefault(name, BigDecimal.ZERO);
                if (stored.compareTo(value) != 0) {
                    differences.add(name + ": figures " + stored.toPlainString() + ", issues " + value.toPlainString());
                }
            });
            return differences;
        }));
    }

    /** At start: rebuilt on {@code --chainleads.repair=summaries} (or {@code all}), else checked and rebuilt if out of step. */
    @Override
    public void afterSingletonsInstantiated() {
        String repair = environment.getProperty("chainleads.repair", "").strip();
        if (repair.equals("summaries") || repair.equals("all")) {
            log.info("Repair requested: rebuilding the issue figures from the issue table");
            rebuild();
            return;
        }
        if (!environment.getProperty("chainleads.summaries.check-at-start", Boolean.class, true)) {
            return;
        }
        List<String> differences = differences();
        if (differences.isEmpty()) {
            log.info("Issue figures in step with the issue table");
        } else {
            log.warn(
                    "Issue figures out of step with the issue table, rebuilding them: {}",
                    String.join("; ", differences));
            rebuild();
        }
    }
}

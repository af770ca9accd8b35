package com.chainleads.construction.summary;

import com.chainleads.base.summary.EntityListeners;
import com.chainleads.base.summary.PendingWrites;
import com.chainleads.construction.domain.InvestmentMonth;
import com.chainleads.construction.domain.ProjectMilestone;
import com.chainleads.construction.domain.ProjectProgress;
import com.chainleads.lead.domain.Lead;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
import org.springframework.stereotype.Component;

/**
 * Collects the projects each transaction touches — a lead inserted or deleted, or its sector, unit or stage changed;
 * a milestone, progress row or investment month written — and the investment months' changes, and hands them to
 * {@link ProjectFigureWriter} just before the transaction commits (after its last flush, on its connection). Runs
 * before the lead summaries' writer (Hibernate's own completion step), so every transaction takes the summary rows
 * in the same order: project figures, issue figures, lead summaries. A rollback throws the changes away.
 */
@Component
class ProjectFigureListener
        implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener, PreDeleteEventListener {

    /** Before the issue figures (200); both before Hibernate's completion steps. */
    static final int ORDER = 100;

    private final PendingWrites<Collected> pending =
            PendingWrites.beforeSpringCommit(ORDER, Collected::new, ProjectFigureListener::write);
    private final Map<EntityPersister, int[]> leadProperties = new ConcurrentHashMap<>();
    private final Map<EntityPersister, int[]> monthProperties = new ConcurrentHashMap<>();

    ProjectFigureListener(EntityManagerFactory entityManagerFactory) {
        EntityListeners.register(entityManagerFactory, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof Lead lead) {
            of(event.getSession()).created.add(lead.getId());
        } else if (entity instanceof InvestmentMonth month) {
            month(event.getSession(), event.getPersister(), month.getLeadId(), null, event.getState());
        } else if (entity instanceof ProjectMilestone milestone) {
            of(event.getSession()).touched.add(milestone.getLeadId());
        } else if (entity instanceof ProjectProgress progress) {
            of(event.getSession()).touched.add(progress.getLeadId());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof Lead lead) {
            int[] at = leadProperties.computeIfAbsent(
                    event.getPersister(), p -> indexes(p, "sector", "unit", "stageRank"));
            Object[] old = event.getOldState();
            Object[] now = event.getState();
            boolean moved = old == null;
            for (int index : at) {
                moved |= old != null && !Objects.equals(id(old[index]), id(now[index]));
            }
            if (moved) {
                of(event.getSession()).touched.add(lead.getId());
            }
        } else if (entity instanceof InvestmentMonth month) {
            month(event.getSession(), event.getPersister(), month.getLeadId(), event.getOldState(), event.getState());
        } else if (entity instanceof ProjectMilestone milestone) {
            of(event.getSession()).touched.add(milestone.getLeadId());
        } else if (entity instanceof ProjectProgress progress) {
            of(event.getSession()).touched.add(progress.getLeadId());
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Object entity = event.getEntity();
        if (entity instanceof Lead lead) {
            Collected changes = of(event.getSession());
            changes.touched.add(lead.getId());
            changes.deleted.add(lead.getId());
        } else if (entity instanceof InvestmentMonth month) {
            month(event.getSession(), event.getPersister(), month.getLeadId(), event.getDeletedState(), null);
        } else if (entity instanceof ProjectMilestone milestone) {
            of(event.getSession()).touched.add(milestone.getLeadId());
        } else if (entity instanceof ProjectProgress progress) {
            of(event.getSession()).touched.add(progress.getLeadId());
        }
    }

    /**
     * A lead about to be deleted takes its investment months with it by the foreign key, unseen by Hibernate: they
     * are read now (locked, as committed) and recorded as removed.
     */
    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (event.getEntity() instanceof Lead lead) {
            long leadId = Objects.requireNonNull(lead.getId());
            Collected changes = of(event.getSession());
            event.getSession().doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT month_start, planned, completed FROM project_investment_month WHERE lead_id = ? "
                                + "FOR UPDATE")) {
                    statement.setLong(1, leadId);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            changes.addMonth(
                                    leadId,
                                    rows.getObject(1, LocalDate.class),
                                    ProjectFigureWriter.zero(rows.getBigDecimal(2))
                                            .negate(),
                                    ProjectFigureWriter.zero(rows.getBigDecimal(3))
                                            .negate());
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

    /** Leads written by plain SQL in the current transaction (an import): counted before it commits. */
    void created(SessionImplementor session, Collection<Long> leadIds) {
        of(session).created.addAll(leadIds);
    }

    /** Sessions with changes not yet written (for tests: none once every transaction has ended). */
    int pendingSessions() {
        return pending.sessions();
    }

    private void month(
            SharedSessionContractImplementor session,
            EntityPersister persister,
            long leadId,
            Object @org.jspecify.annotations.Nullable [] before,
            Object @org.jspecify.annotations.Nullable [] after) {
        int[] at = monthProperties.computeIfAbsent(persister, p -> indexes(p, "month", "planned", "completed"));
        Collected changes = of(session);
        if (before != null) {
            changes.addMonth(
                    leadId,
                    (LocalDate) before[at[0]],
                    ProjectFigureWriter.zero((BigDecimal) before[at[1]]).negate(),
                    ProjectFigureWriter.zero((BigDecimal) before[at[2]]).negate());
        }
        if (after != null) {
            changes.addMonth(
                    leadId,
                    (LocalDate) after[at[0]],
                    ProjectFigureWriter.zero((BigDecimal) after[at[1]]),
                    ProjectFigureWriter.zero((BigDecimal) after[at[2]]));
        }
    }

    private Collected of(SharedSessionContractImplementor session) {
        return pending.of(session);
    }

    private static int[] indexes(EntityPersister persister, String... properties) {
        List<String> names = List.of(persister.getPropertyNames());
        int[] indexes = new int[properties.length];
        for (int i = 0; i < properties.length; i++) {
            indexes[i] = names.indexOf(properties[i]);
            if (indexes[i] < 0) {
                throw new IllegalStateException(persister.getEntityName() + " has no property " + properties[i]);
            }
        }
        return indexes;
    }

    /** An entity's id (a reference) or the value itself. */
    private static Object id(Object value) {
        if (value instanceof org.hibernate.proxy.HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getIdentifier();
        }
        if (value instanceof com.chainleads.base.domain.AbstractEntity entity) {
            return entity.getId();
        }
        return value;
    }

    private static void write(SessionImplementor on, Collected collected) {
        if (collected.touched.isEmpty() && collected.created.isEmpty()) {
            return;
        }
        ProjectFigureWriter.Changes changes = new ProjectFigureWriter.Changes(
                Set.copyOf(collected.touched),
                Set.copyOf(collected.created),
                Set.copyOf(collected.deleted),
                collected.months);
        on.doWork(connection -> ProjectFigureWriter.apply(connection, changes));
    }

    /** What one transaction changed: the projects it touched, created and deleted, and its investment months. */
    private static final class Collected {

        final Set<Long> touched = new HashSet<>();
        final Set<Long> created = new HashSet<>();
        final Set<Long> deleted = new HashSet<>();
        final Map<Long, Map<LocalDate, BigDecimal[]>> months = new HashMap<>();

        void addMonth(long leadId, LocalDate month, BigDecimal planned, BigDecimal completed) {
            touched.add(leadId);
            BigDecimal[] sum = months.computeIfAbsent(leadId, id -> new TreeMap<>())
                    .computeIfAbsent(month, m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(planned);
            sum[1] = sum[1].add(completed);
        }
    }
}

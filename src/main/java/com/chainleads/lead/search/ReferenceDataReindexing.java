package com.chainleads.lead.search;

import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.Sector;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A lead's document holds copies of reference data it sorts by — the sort order of its sector, chain link and
 * unit, its owner's name. When an administrator changes one of those, the leads concerned are indexed again in
 * the background once the change is committed (until then the list sorts them by the old value).
 */
@Component
class ReferenceDataReindexing implements PostUpdateEventListener {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataReindexing.class);

    /** Which property of which entity a lead's document copies, and the lead column pointing to it. */
    private static final Map<Class<?>, Copied> COPIED = Map.of(
            Sector.class, new Copied("sortOrder", "sector_id"),
            ChainLink.class, new Copied("sortOrder", "chain_link_id"),
            OrgUnit.class, new Copied("sortOrder", "unit_id"),
            AppUser.class, new Copied("displayName", "owner_id"));

    private record Copied(String property, String leadColumn) {}

    private final LeadIndexSync sync;
    private final JdbcTemplate jdbc;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lead-reindex-reference");
        thread.setDaemon(true);
        return thread;
    });

    ReferenceDataReindexing(EntityManagerFactory entityManagerFactory, LeadIndexSync sync, JdbcTemplate jdbc) {
        this.sync = sync;
        this.jdbc = jdbc;
        entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class)
                .appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Copied copied = COPIED.get(event.getEntity().getClass());
        int[] dirty = event.getDirtyProperties();
        if (copied == null || dirty == null) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int index : dirty) {
            if (names[index].equals(copied.property())) {
                Object id = event.getId();
                afterCommit(() -> reindex(copied.leadColumn(), ((Number) id).longValue()));
                return;
            }
        }
    }

    private void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            background.submit(work);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                background.submit(work);
            }
        });
    }

    private void reindex(String leadColumn, long referenceId) {
        try {
            List<Long> ids = jdbc.queryForList(
                    "select id from investment_lead where " + leadColumn + " = ?", Long.class, referenceId);
            long start = System.nanoTime();
            sync.write(ids);
            log.info(
                    "Search index: {} leads with {} = {} written again after a reference data change ({} ms)",
                    ids.size(),
                    leadColumn,
                    referenceId,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Search index: leads with {} = {} could not be written again", leadColumn, referenceId, e);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(@Nullable EntityPersister persister) {
        return false;
    }
}

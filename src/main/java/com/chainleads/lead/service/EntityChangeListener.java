package com.chainleads.lead.service;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the {@link LeadAggregateCache} when anything is written through JPA: at flush, and once more after the
 * transaction commits. Any entity counts — a lead, a follow-up (its dates feed the filters), a user or unit (the
 * filter names them) — because a stale count costs more than a recount. Nothing per entity is held until commit,
 * so a 100,000-row import stays small.
 */
@Component
class EntityChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final LeadAggregateCache cache;

    EntityChangeListener(EntityManagerFactory entityManagerFactory, LeadAggregateCache cache) {
        this.cache = cache;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed();
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed();
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed();
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void changed() {
        cache.invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive() && TransactionSynchronizationManager
                .getSynchronizations().stream().noneMatch(InvalidateAfterCompletion.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new InvalidateAfterCompletion(cache));
        }
    }

    /** Once per transaction (a suspended outer one keeps its own). */
    private record InvalidateAfterCompletion(LeadAggregateCache cache) implements TransactionSynchronization {
        @Override
        public void afterCompletion(int status) {
            cache.invalidate();
        }
    }
}

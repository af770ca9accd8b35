package com.chainleads.lead.service;

import com.chainleads.security.domain.AppUser;
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
 * transaction commits. Almost any entity counts — a lead, a follow-up (its dates feed the filters), a unit, a new
 * user (the filter names them) — because a stale count costs more than a recount. Nothing per entity is held
 * until commit, so a 100,000-row import stays small.
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
        changed(event.getEntity(), false);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity(), true);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity(), false);
    }

    /**
     * An existing user changes at every sign-in (the lockout's failure count) and notices come with every
     * reminder: neither moves a count of leads (filters name users by their username, which never changes, and
     * officers' scope is their unit from the session). A new user may be named by a filter already counted.
     */
    static boolean mayChangeAggregates(Object entity, boolean update) {
        return !(update && entity instanceof AppUser)
                && !entity.getClass().getPackageName().startsWith("com.chainleads.notice");
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void changed(Object entity, boolean update) {
        if (!mayChangeAggregates(entity, update)) {
            return;
        }
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

package com.chainleads.base.summary;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEventListener;

/** Adds a read model's listener to Hibernate's entity events: each kind of event it listens to, after the others. */
public final class EntityListeners {

    private EntityListeners() {}

    public static void register(EntityManagerFactory entityManagerFactory, Object listener) {
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        if (listener instanceof PostInsertEventListener inserted) {
            registry.appendListeners(EventType.POST_INSERT, inserted);
        }
        if (listener instanceof PostUpdateEventListener updated) {
            registry.appendListeners(EventType.POST_UPDATE, updated);
        }
        if (listener instanceof PostDeleteEventListener deleted) {
            registry.appendListeners(EventType.POST_DELETE, deleted);
        }
        if (listener instanceof PreDeleteEventListener deleting) {
            registry.appendListeners(EventType.PRE_DELETE, deleting);
        }
    }
}

package com.chainleads.notification.service;

import com.chainleads.notification.domain.NoticeRepository;
import com.chainleads.security.CurrentUser;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open pages of a user that their unread count changed, so the bell updates without a reload (server
 * push). In memory, keyed by user id: a page registers when its bell is attached and removes the registration
 * when it is detached. Only committed changes are told: the service's events are heard after commit, and the
 * listeners run on a thread of their own, never in the committing (possibly request) thread — a listener does
 * {@code ui.access(…)}, which must not wait for another session's lock while this one is held.
 */
@Component
public class NoticeBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NoticeBroadcaster.class);

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notice-broadcaster");
        thread.setDaemon(true);
        return thread;
    });
    private final NoticeRepository notices;
    private final CurrentUser currentUser;

    NoticeBroadcaster(NoticeRepository notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    /** A registration of one page; the identity makes the same lambda registered twice two registrations. */
    private record Listener(LongConsumer unreadCount) {
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * The signed-in user's page listens for their new unread count. The listener is called on a background
     * thread: wrap UI changes in {@code ui.access(…)}. Remove the registration when the page goes away.
     */
    public Registration register(LongConsumer unreadCountListener) {
        long userId = currentUser.require().userId();
        Listener listener = new Listener(unreadCountListener);
        listeners.compute(userId, (id, set) -> {
            Set<Listener> target = set == null ? new CopyOnWriteArraySet<>() : set;
            target.add(listener);
            return target;
        });
        return () -> listeners.computeIfPresent(userId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many pages of the user listen; for tests that check registrations do not leak. */
    public int listenerCount(long userId) {
        Set<Listener> set = listeners.get(userId);
        return set == null ? 0 : set.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onNoticesChanged(NoticesChanged event) {
        long userId = event.userId();
        if (listenerCount(userId) == 0) {
            return;
        }
        executor.execute(() -> tell(userId));
    }

    private void tell(long userId) {
        Set<Listener> set = listeners.get(userId);
        if (set == null || set.isEmpty()) {
            return;
        }
        long unread;
        try {
            unread = notices.countByRecipientIdAndReadAtIsNull(userId);
        } catch (RuntimeException e) {
            log.warn("Could not count the unread notices of user {}: {}", userId, e.toString());
            return;
        }
        for (Listener listener : set) {
            try {
                listener.unreadCount().accept(unread);
            } catch (RuntimeException e) {
                // e.g. the page was closed between registering and now; its detach removes the registration
                log.debug("A notice listener of user {} failed: {}", userId, e.toString());
            }
        }
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}

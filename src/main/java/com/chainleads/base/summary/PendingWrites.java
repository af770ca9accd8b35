package com.chainleads.base.summary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The changes a read model collects from one Hibernate session until its transaction ends ({@code T}: what the
 * feature collects), handed once to the feature's {@link Writer} just before the transaction commits, on its
 * connection, and forgotten when it ends either way (a rollback throws them away unwritten). Two moments:
 * {@link #beforeSpringCommit} writes in Spring's before-commit step of the given order, after flushing the session,
 * so read models take their rows in a fixed order; {@link #beforeHibernateCompletion} writes in Hibernate's own
 * before-completion step, after every Spring step and the commit's flush.
 */
public final class PendingWrites<T> {

    /** Writes one transaction's collected changes on the completing session's connection. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(SessionImplementor session, T changes);
    }

    private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();
    private final @Nullable Integer springOrder;
    private final Supplier<T> fresh;
    private final Writer<T> writer;

    private PendingWrites(@Nullable Integer springOrder, Supplier<T> fresh, Writer<T> writer) {
        this.springOrder = springOrder;
        this.fresh = fresh;
        this.writer = writer;
    }

    /**
     * Written in Spring's before-commit step of this order (lower first), after a flush; also registered with
     * Hibernate, which writes when no Spring step ran (no Spring transaction, or one registered while Spring was
     * already running its before-commit steps, which is never called).
     */
    public static <T> PendingWrites<T> beforeSpringCommit(int order, Supplier<T> fresh, Writer<T> writer) {
        return new PendingWrites<>(order, fresh, writer);
    }

    /** Written in Hibernate's before-completion step only: after every Spring before-commit step. */
    public static <T> PendingWrites<T> beforeHibernateCompletion(Supplier<T> fresh, Writer<T> writer) {
        return new PendingWrites<>(null, fresh, writer);
    }

    /** The session's changes so far; the first call in a transaction registers its write. */
    public T of(SharedSessionContractImplementor session) {
        return pending.computeIfAbsent(session, key -> new Pending((SessionImplementor) session)).changes;
    }

    /** Sessions with changes not yet written (for tests: none once every transaction has ended). */
    public int sessions() {
        return pending.size();
    }

    /** One session's changes until its transaction ends. */
    private final class Pending
            implements TransactionSynchronization,
                    BeforeTransactionCompletionProcess,
                    AfterTransactionCompletionProcess {

        final SessionImplementor session;
        final T changes = fresh.get();
        private boolean written;

        Pending(SessionImplementor session) {
            this.session = session;
            if (springOrder != null && TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(this);
            }
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) this);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) this);
        }

        @Override
        public int getOrder() {
            return springOrder == null ? LOWEST_PRECEDENCE : springOrder;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (session.isClosed() || written) {
                return;
            }
            if (!readOnly) {
                try {
                    session.flush(); // the last changes of the transaction, and their events, before the rows move
                } catch (RuntimeException e) {
                    // as the commit's own flush would be: a stale version becomes OptimisticLockingFailureException
                    RuntimeException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(e);
                    throw translated == null ? e : translated;
                }
            }
            write(session);
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor completing) {
            write(completing);
        }

        private void write(SessionImplementor on) {
            if (written) {
                return;
            }
            written = true;
            pending.remove(session, this);
            writer.write(on, changes);
        }

        @Override
        public void afterCompletion(int status) {
            pending.remove(session, this);
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor completed) {
            pending.remove(session, this); // after a rollback, the before-commit step never ran
        }
    }
}

package com.chainleads.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.ErrorMessages;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Case 18's deadlock handling: the database's victim is run again, a few times, outside any transaction. */
class DeadlockRetryTest {

    /** Stands for one of our services; each call is one transaction. */
    @Service
    public static class Work {
        final AtomicInteger calls = new AtomicInteger();
        Supplier<RuntimeException> failure = () -> null;
        int failures;

        public String run() {
            if (calls.incrementAndGet() <= failures) {
                throw failure.get();
            }
            return "saved";
        }
    }

    private static Work proxied(Work work) {
        ProxyFactory factory = new ProxyFactory(work);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(new DeadlockRetry());
        return (Work) factory.getProxy();
    }

    @Test
    void aCallChosenAsDeadlockVictimIsRunAgainUntilItSucceeds() {
        Work work = new Work();
        work.failures = 2;
        work.failure = () -> new CannotAcquireLockException("Deadlock found when trying to get lock");

        assertThat(proxied(work).run()).isEqualTo("saved");
        assertThat(work.calls).hasValue(3);
    }

    @Test
    void afterFiveAttemptsTheUserIsToldTheSystemIsBusyAndNothingWasSaved() {
        Work work = new Work();
        work.failures = Integer.MAX_VALUE;
        work.failure = () -> new DeadlockLoserDataAccessException("deadlock", null);

        assertThatThrownBy(() -> proxied(work).run())
                .isInstanceOfSatisfying(
                        DeadlockLoserDataAccessException.class,
                        e -> assertThat(ErrorMessages.describe(e).key()).isEqualTo("security.error.busy"));
        assertThat(work.calls).hasValue(DeadlockRetry.ATTEMPTS);
    }

    @Test
    void insideACallersTransactionNothingIsRetriedThatTransactionIsLostAnyway() {
        Work work = new Work();
        work.failures = 1;
        work.failure = () -> new CannotAcquireLockException("Lock wait timeout exceeded");
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> proxied(work).run()).isInstanceOf(CannotAcquireLockException.class);
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(work.calls).hasValue(1);
    }

    @Test
    void aConflictWithSomeonesEarlierSaveIsNotRetried() {
        Work work = new Work();
        work.failures = 1;
        work.failure = () -> new OptimisticLockingFailureException("changed meanwhile");

        assertThatThrownBy(() -> proxied(work).run()).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(work.calls).hasValue(1);
    }
}

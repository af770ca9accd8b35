package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class LeadWriteOrderTest {

    private final LeadWriteOrder order = new LeadWriteOrder();

    /** Runs {@code work} as a transaction would: synchronizations active, completed at the end. */
    private static void inTransaction(Runnable work, CountDownLatch beforeCompletion) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            beforeCompletion.await(10, TimeUnit.SECONDS);
            TransactionSynchronizationUtils.invokeAfterCompletion(
                    TransactionSynchronizationManager.getSynchronizations(),
                    TransactionSynchronization.STATUS_COMMITTED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aSecondChangeOfTheSameLeadWaitsUntilTheFirstTransactionHasCompleted() throws Exception {
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch firstMayComplete = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inTransaction(
                () -> {
                    order.hold(7);
                    order.hold(7); // the same lead twice in one transaction
                    firstHolds.countDown();
                },
                firstMayComplete));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();

        CountDownLatch secondHolds = new CountDownLatch(1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> inTransaction(
                () -> {
                    order.hold(7);
                    secondHolds.countDown();
                },
                new CountDownLatch(0)));
        assertThat(secondHolds.await(300, TimeUnit.MILLISECONDS)).isFalse(); // waits for the first

        firstMayComplete.countDown();
        assertThat(secondHolds.await(10, TimeUnit.SECONDS)).isTrue();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void changesOfOtherLeadsDoNotWait() throws Exception {
        CountDownLatch firstMayComplete = new CountDownLatch(1);
        CountDownLatch firstHolds = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inTransaction(
                () -> {
                    order.hold(7);
                    firstHolds.countDown();
                },
                firstMayComplete));
        assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();

        CountDownLatch otherHolds = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> inTransaction(
                () -> {
                    order.hold(8);
                    otherHolds.countDown();
                },
                new CountDownLatch(0)));
        assertThat(otherHolds.await(10, TimeUnit.SECONDS)).isTrue();
        firstMayComplete.countDown();
        first.get(10, TimeUnit.SECONDS);
        other.get(10, TimeUnit.SECONDS);
    }
}

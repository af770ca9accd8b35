package com.chainleads.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class SharedSnapshotTest {

    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final SharedSnapshot<List<Integer>> snapshot =
            new SharedSnapshot<>(Duration.ofMinutes(1), () -> List.of(loads.incrementAndGet()), nanos::get);

    @AfterEach
    void noTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void everyCallerGetsTheSameInstanceUntilSomethingChanges() {
        List<Integer> first = snapshot.get();
        assertThat(snapshot.get()).isSameAs(first);
        assertThat(loads).hasValue(1);

        snapshot.changed();

        assertThat(snapshot.get()).isNotSameAs(first).containsExactly(2);
        assertThat(snapshot.get()).containsExactly(2);
    }

    @Test
    void aValueLoadedWhileTheWritersTransactionWasOpenIsLoadedAgainAfterItsCommit() {
        snapshot.get();
        TransactionSynchronizationManager.initSynchronization();
        snapshot.changed();
        assertThat(snapshot.get())
                .as("read before the commit (may still be the old data)")
                .containsExactly(2);

        List<TransactionSynchronization> writers = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        writers.forEach(w -> w.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

        assertThat(snapshot.get()).containsExactly(3);
    }

    @Test
    void aValueOlderThanTheMaximumAgeIsLoadedAgain() {
        snapshot.get();
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(snapshot.get()).containsExactly(1);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(snapshot.get())
                .as("a change on another node or in the database")
                .containsExactly(2);
    }
}

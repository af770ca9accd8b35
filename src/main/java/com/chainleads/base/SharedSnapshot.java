package com.chainleads.base;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One immutable value that every session shares instead of loading its own copy — e.g. the sectors, chain
 * links, units and officers every lead filter and form offers. It is loaded on first use and again after
 * {@link #changed()} (the writer calls it; it counts now and once more when the writer's transaction ends, so
 * a reader that loaded between the write and the commit is not kept), or when it is older than the maximum age
 * (a change made by another node of a cluster, or written outside the services).
 * <p>
 * The value must be immutable (e.g. a {@code List.copyOf}): every caller gets the same instance.
 */
public final class SharedSnapshot<T> {

    private record Loaded<T>(long version, long loadedAtNanos, T value) {}

    private final Supplier<T> loader;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong version = new AtomicLong();
    private volatile @Nullable Loaded<T> loaded;

    public SharedSnapshot(Duration maxAge, Supplier<T> loader) {
        this(maxAge, loader, System::nanoTime);
    }

    SharedSnapshot(Duration maxAge, Supplier<T> loader, LongSupplier nanoTime) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The current value: the one loaded before, or a fresh one if something changed or it is too old. */
    public T get() {
        long current = version.get();
        Loaded<T> value = loaded;
        long now = nanoTime.getAsLong();
        if (value != null && value.version() == current && now - value.loadedAtNanos() < maxAgeNanos) {
            return value.value();
        }
        T fresh = Objects.requireNonNull(loader.get(), "a snapshot needs a value");
        loaded = new Loaded<>(current, now, fresh);
        return fresh;
    }

    /** What the value is made from has changed (or will, when the current transaction commits). */
    public void changed() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }
}

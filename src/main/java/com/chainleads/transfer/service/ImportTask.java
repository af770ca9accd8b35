package com.chainleads.transfer.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pass running on a worker thread: its result (completing on that thread — use {@code UI.access} to show
 * it) and a way to cancel it. Cancelling an apply rolls it back.
 */
public final class ImportTask<R> {

    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public CompletableFuture<R> result() {
        return result;
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public boolean isDone() {
        return result.isDone();
    }
}

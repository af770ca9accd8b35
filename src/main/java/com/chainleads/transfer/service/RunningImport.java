package com.chainleads.transfer.service;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An import being applied in the background: whose it is, which file (its name and the SHA-256 of its content),
 * how far it has got and its end. Pages that open while it runs follow it here ({@link ImportService#running}); it
 * goes on whether or not any page watches, and its result reaches the user as a notice.
 */
public final class RunningImport {

    private final String definitionName;
    private final long userId;
    private final String fileName;
    private final String contentHash;
    private final Instant startedAt;
    private final ImportTask<ImportOutcome> task;
    private final List<Consumer<ImportProgress>> listeners = new CopyOnWriteArrayList<>();
    private volatile @Nullable ImportProgress lastProgress;

    RunningImport(
            String definitionName,
            long userId,
            String fileName,
            String contentHash,
            Instant startedAt,
            ImportTask<ImportOutcome> task) {
        this.definitionName = definitionName;
        this.userId = userId;
        this.fileName = fileName;
        this.contentHash = contentHash;
        this.startedAt = startedAt;
        this.task = task;
    }

    public String definitionName() {
        return definitionName;
    }

    public long userId() {
        return userId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public ImportTask<ImportOutcome> task() {
        return task;
    }

    /** The latest progress, or {@code null} before the first. */
    public @Nullable ImportProgress lastProgress() {
        return lastProgress;
    }

    /** Follows the progress (on the worker thread) until the returned action is run. */
    public Runnable onProgress(Consumer<ImportProgress> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void progress(ImportProgress progress) {
        lastProgress = progress;
        for (Consumer<ImportProgress> listener : listeners) {
            listener.accept(progress);
        }
    }
}

package com.chainleads.construction.service;

import com.chainleads.construction.evidence.EvidenceStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The evidence store inside the service's transactions: a file written during a transaction that then rolls back
 * is removed again, and files of removed evidence are deleted only once the removal has committed (a rollback
 * keeps them). A file that cannot be deleted after the commit is logged by key; nothing refers to it any more.
 */
@Component
class EvidenceStorage {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

    private final EvidenceStore store;
    private final Clock clock;

    EvidenceStorage(EvidenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A new key under the month's folder, e.g. {@code 2026/05/5f0c…-thumb.jpg}. */
    String newKey(String suffix) {
        LocalDate today = LocalDate.now(clock);
        return String.format("%04d/%02d/%s%s", today.getYear(), today.getMonthValue(), UUID.randomUUID(), suffix);
    }

    void write(String key, byte[] content) {
        try {
            store.put(key, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        afterTransaction(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(key);
                }
            }
        });
    }

    void deleteAfterCommit(List<String> keys) {
        afterTransaction(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(EvidenceStorage.this::deleteQuietly);
            }
        });
    }

    InputStream open(String key) throws IOException {
        return store.open(key);
    }

    private static void afterTransaction(TransactionSynchronization synchronization) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("evidence files are written and removed inside a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(synchronization);
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Evidence file {} could not be deleted: {}", key, e.toString());
        }
    }
}

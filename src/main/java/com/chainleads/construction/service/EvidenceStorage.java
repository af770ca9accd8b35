package com.chainleads.construction.service;

import com.chainleads.construction.domain.EvidenceType;
import com.chainleads.construction.domain.MilestoneEvidence;
import com.chainleads.construction.domain.MilestoneEvidenceRepository;
import com.chainleads.construction.domain.ProjectMilestone;
import com.chainleads.construction.evidence.EvidenceFiles;
import com.chainleads.construction.evidence.EvidenceRefused;
import com.chainleads.construction.evidence.EvidenceStore;
import com.chainleads.lead.service.LeadDeleted;
import com.chainleads.security.domain.AppUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The evidence store inside the service's transactions: a file written during a transaction that then rolls back
 * is removed again, and files of removed evidence are deleted only once the removal has committed (a rollback
 * keeps them). A file that cannot be deleted after the commit is logged by key; nothing refers to it any more.
 * Uploads are checked and prepared here too (size, type by content, re-encoding: see {@link EvidenceFiles}).
 */
@Component
class EvidenceStorage {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

    private final EvidenceStore store;
    private final MilestoneEvidenceRepository evidence;
    private final ConstructionSettings settings;
    private final Clock clock;

    EvidenceStorage(
            EvidenceStore store, MilestoneEvidenceRepository evidence, ConstructionSettings settings, Clock clock) {
        this.store = store;
        this.evidence = evidence;
        this.settings = settings;
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

    /** A deleted lead's evidence rows go with it (foreign keys); its files go once the delete has committed. */
    @EventListener
    void leadDeleted(LeadDeleted event) {
        List<String> keys = new ArrayList<>();
        for (MilestoneEvidence file : evidence.findOfLead(event.leadId())) {
            keys.addAll(keysOf(file));
        }
        if (!keys.isEmpty()) {
            deleteAfterCommit(keys);
        }
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

    /** Checks each upload (size, type by content) and makes what is stored; refuses the first bad one. */
    List<EvidenceFiles.Prepared> prepare(List<NewEvidence> files) {
        List<EvidenceFiles.Prepared> prepared = new ArrayList<>();
        for (NewEvidence file : files) {
            if (file.bytes().length > settings.maxUploadBytes()) {
                throw new EvidenceRefused("construction.evidence.error.tooLarge", settings.maxUploadMb());
            }
            if (file.bytes().length == 0) {
                throw new EvidenceRefused("construction.evidence.error.empty");
            }
            prepared.add(EvidenceFiles.prepare(file.bytes(), clock.getZone()));
        }
        return prepared;
    }

    /** Stores a prepared file (and its thumbnail) for the milestone; returns the file name kept. */
    String attach(
            ProjectMilestone milestone, EvidenceFiles.Prepared file, String uploadedName, AppUser actor, Instant now) {
        String fileName = fileName(uploadedName);
        String key = newKey(suffix(file.type()));
        write(key, file.content());
        String thumbnailKey = null;
        if (file.thumbnail() != null) {
            thumbnailKey = key.substring(0, key.lastIndexOf('.')) + "-thumb.jpg";
            write(thumbnailKey, file.thumbnail());
        }
        evidence.save(new MilestoneEvidence(
                milestone,
                file.type(),
                fileName,
                file.content().length,
                key,
                thumbnailKey,
                file.capturedAt(),
                actor,
                now));
        return fileName;
    }

    static List<String> keysOf(MilestoneEvidence file) {
        List<String> keys = new ArrayList<>();
        keys.add(file.getStorageKey());
        if (file.getThumbnailKey() != null) {
            keys.add(file.getThumbnailKey());
        }
        return keys;
    }

    /** The name as uploaded, without any folder part, at most 200 characters. */
    static String fileName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() <= 200 ? base : base.substring(base.length() - 200);
    }

    private static String suffix(EvidenceType type) {
        return switch (type) {
            case JPEG, WEBP -> ".jpg";
            case PNG -> ".png";
            case PDF -> ".pdf";
        };
    }

    /** A WebP photo is served as JPEG: its offered name says so. */
    static String servedName(MilestoneEvidence file) {
        String name = file.getFileName();
        if (file.getFileType() == EvidenceType.WEBP) {
            int dot = name.lastIndexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name) + ".jpg";
        }
        return name;
    }
}

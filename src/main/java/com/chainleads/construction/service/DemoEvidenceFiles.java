package com.chainleads.construction.service;

import com.chainleads.construction.domain.MilestoneEvidence;
import com.chainleads.construction.domain.MilestoneEvidenceRepository;
import com.chainleads.construction.evidence.DemoSitePhoto;
import com.chainleads.construction.evidence.EvidenceStore;
import java.io.IOException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's evidence files. The demo rows of {@code milestone_evidence} are written by a Liquibase change
 * ({@code construction.db.DemoConstructionChange}, keys {@code demo/…}), which does not know the evidence store
 * (its folder is a Spring setting, and a shared store may replace it). So at every start of an application loaded
 * with the {@code demo} context, this writer draws each demo photo and its thumbnail again and puts them into the
 * store through {@link EvidenceStore} — only those missing, so it is idempotent and a restart writes nothing. The
 * drawing is deterministic ({@link DemoSitePhoto}), so the files match the sizes the rows recorded.
 */
@Component
@ConditionalOnExpression("'${spring.liquibase.contexts:}'.contains('demo')")
class DemoEvidenceFiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvidenceFiles.class);

    private final MilestoneEvidenceRepository evidence;
    private final EvidenceStore store;
    private final TransactionTemplate transactions;

    DemoEvidenceFiles(MilestoneEvidenceRepository evidence, EvidenceStore store, TransactionTemplate transactions) {
        this.evidence = evidence;
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer written = transactions.execute(status -> writeMissing());
        if (written != null && written > 0) {
            log.info("{} demo evidence files written", written);
        }
    }

    /** Writes the demo files not in the store yet; returns how many files were written. */
    int writeMissing() {
        int written = 0;
        for (MilestoneEvidence file : evidence.findByKeyPrefix("demo/")) {
            LocalDate day = file.getMilestone().getActualOn();
            if (day == null) {
                continue;
            }
            DemoSitePhoto photo = DemoSitePhoto.of(
                    file.getFileName(), file.getMilestone().getKind().getNameZh(), day);
            try {
                if (!store.exists(file.getStorageKey())) {
                    store.put(file.getStorageKey(), photo.jpeg());
                    written++;
                }
                String thumbnail = file.getThumbnailKey();
                if (thumbnail != null && !store.exists(thumbnail)) {
                    store.put(thumbnail, photo.thumbnail());
                    written++;
                }
            } catch (IOException e) {
                log.warn("Demo evidence file {} could not be written: {}", file.getStorageKey(), e.toString());
            }
        }
        return written;
    }
}

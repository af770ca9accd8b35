package com.chainleads.transfer.demo;

import com.chainleads.transfer.service.ImportContext;
import com.chainleads.transfer.service.ImportSummary;
import com.chainleads.transfer.service.ImportTarget;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The demo import's register, in memory: what a batch stores becomes visible only when the import transaction
 * commits, and is dropped when it rolls back — the behaviour the lead register gets from the database. Keeps at
 * most {@value #CAPACITY} projects (the oldest go first) and the last import summaries.
 */
@Service
@PermitAll
public class DemoProjectStore implements ImportTarget<DemoProject> {

    static final int CAPACITY = 200_000;

    private final Map<String, DemoProject> projects = new LinkedHashMap<>();
    private final List<ImportSummary> imports = new ArrayList<>();

    @Override
    public Set<String> existingKeys(Collection<String> keys, ImportContext context) {
        synchronized (projects) {
            return keys.stream().filter(projects::containsKey).collect(Collectors.toSet());
        }
    }

    @Override
    public void store(List<DemoProject> batch, ImportContext context) {
        pending().projects.addAll(batch);
    }

    @Override
    public void finish(ImportSummary summary, ImportContext context) {
        pending().summary = summary;
    }

    public int count() {
        synchronized (projects) {
            return projects.size();
        }
    }

    /** A snapshot of the stored projects, oldest first. */
    public List<DemoProject> all() {
        synchronized (projects) {
            return List.copyOf(projects.values());
        }
    }

    public List<ImportSummary> imports() {
        synchronized (projects) {
            return List.copyOf(imports);
        }
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The demo store is written inside the import transaction only");
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DemoProjectStore.this);
                    if (status == STATUS_COMMITTED) {
                        commit(created);
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    private void commit(Pending pending) {
        synchronized (projects) {
            for (DemoProject project : pending.projects) {
                projects.put(project.creditCode(), project);
            }
            var oldest = projects.keySet().iterator();
            while (projects.size() > CAPACITY && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
            if (pending.summary != null) {
                imports.add(pending.summary);
                if (imports.size() > 20) {
                    imports.remove(0);
                }
            }
        }
    }

    private static final class Pending {
        final List<DemoProject> projects = new ArrayList<>();
        ImportSummary summary;
    }
}

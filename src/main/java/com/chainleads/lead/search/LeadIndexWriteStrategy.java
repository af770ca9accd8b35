package com.chainleads.lead.search;

import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.springframework.stereotype.Component;

/**
 * How a save reaches the index: after the transaction commits, the request waits until its documents are
 * written and searchable (a refresh, not a disk commit — Hibernate Search commits every second), so the user who
 * saved sees the change at once. The save is committed either way: a failed index write is logged with the lead
 * ids and handed to {@link FailedIndexWrites} for another attempt instead of failing the user's request.
 * Configured by {@code hibernate.search.indexing.plan.synchronization.strategy}.
 */
@Component("leadIndexWriteStrategy")
public class LeadIndexWriteStrategy implements IndexingPlanSynchronizationStrategy {

    private final FailedIndexWrites failures;
    private final DocumentRefreshStrategy refresh;

    @org.springframework.beans.factory.annotation.Autowired
    LeadIndexWriteStrategy(FailedIndexWrites failures) {
        this(failures, DocumentRefreshStrategy.FORCE);
    }

    private LeadIndexWriteStrategy(FailedIndexWrites failures, DocumentRefreshStrategy refresh) {
        this.failures = failures;
        this.refresh = refresh;
    }

    /** The same, without the refresh: for all but the last chunk of a bulk write, which refreshes once. */
    static IndexingPlanSynchronizationStrategy withoutRefresh(FailedIndexWrites failures) {
        return new LeadIndexWriteStrategy(failures, DocumentRefreshStrategy.NONE);
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(refresh);
        context.indexingFutureHandler(future -> {
            SearchIndexingPlanExecutionReport report;
            try {
                report = future.join();
            } catch (CompletionException e) {
                failures.failed(java.util.List.of(), e.getCause() == null ? e : e.getCause());
                return;
            }
            report.throwable().ifPresent(cause -> failures.failed(report.failingEntities(), cause));
        });
    }
}

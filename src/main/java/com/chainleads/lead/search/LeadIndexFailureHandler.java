package com.chainleads.lead.search;

import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures in Hibernate Search's background work (periodic commits, merges, mass indexing): logged, and leads
 * whose document could not be written go to {@link FailedIndexWrites}. Configured by
 * {@code hibernate.search.background_failure_handler}.
 */
@Component("leadIndexFailureHandler")
public class LeadIndexFailureHandler implements FailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LeadIndexFailureHandler.class);

    private final FailedIndexWrites failures;

    LeadIndexFailureHandler(FailedIndexWrites failures) {
        this.failures = failures;
    }

    @Override
    public void handle(FailureContext context) {
        log.error("Search index: {} failed", context.failingOperation(), context.throwable());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        failures.failed(context.failingEntityReferences(), context.throwable());
    }
}

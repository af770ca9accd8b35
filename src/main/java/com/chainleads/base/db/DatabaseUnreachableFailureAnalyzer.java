package com.chainleads.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link DatabaseUnreachableException} into Spring Boot's short start-up failure report. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Start the database, or point the portal at it with CHAINLEADS_DB_URL, CHAINLEADS_DB_USERNAME and "
                        + "CHAINLEADS_DB_PASSWORD (profile 'mysql'); see README.md.",
                cause);
    }
}

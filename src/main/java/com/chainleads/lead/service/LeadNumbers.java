package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadNumberCounter;
import com.chainleads.lead.domain.LeadNumberCounterRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable lead numbers {@code ZS-<year>-<sequence>} (at least four digits), unique even when officers create
 * leads at the same moment: the year's counter row is locked (SELECT … FOR UPDATE) until the creating
 * transaction ends, so numbers are handed out one at a time and a rolled-back creation gives its number back.
 */
@Component
class LeadNumbers {

    private final LeadNumberCounterRepository counters;
    private final TransactionTemplate newTransaction;

    LeadNumbers(LeadNumberCounterRepository counters, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Must run inside the caller's transaction, which holds the lock until it commits. */
    String next(int year) {
        LeadNumberCounter counter = counters.lockYear(year).orElseGet(() -> {
            createCounter(year);
            return counters.lockYear(year).orElseThrow();
        });
        return format(year, counter.take());
    }

    static String format(int year, int sequence) {
        return String.format("ZS-%d-%04d", year, sequence);
    }

    private void createCounter(int year) {
        try {
            newTransaction.executeWithoutResult(status -> counters.saveAndFlush(new LeadNumberCounter(year)));
        } catch (DataIntegrityViolationException alreadyCreatedByAnotherTransaction) {
            // someone else created the year's counter first: fine, we lock theirs
        }
    }
}

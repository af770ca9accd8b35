package com.chainleads.lead.service;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two changes of one lead reach the search index in the order they were committed. The row lock alone does not
 * see to it: it is released at the commit, and the search-index write follows the commit, so the second save could
 * write its document before the first, which then overwrote it with the older state (seen in
 * {@code SummariesStayInStepIT} on MariaDB). A change therefore also holds the lead's stripe of these locks, taken
 * before the row lock and released only once the transaction and its index write are over. Within one portal;
 * several nodes need the index's own coordination (Hibernate Search's outbox), see docs/PERFORMANCE.md.
 */
@Component
class LeadWriteOrder {

    private static final int STRIPES = 1024;
    /** Longer than any save; two transactions waiting for each other's stripes give up and are retried. */
    private static final long WAIT_SECONDS = 20;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    LeadWriteOrder() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Holds {@code leadId}'s stripe until the current transaction (and its index write) has completed. */
    void hold(long leadId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return; // no transaction: nothing is written, so there is no order to keep
        }
        Held held = (Held) TransactionSynchronizationManager.getResource(this);
        if (held == null) {
            held = new Held();
            TransactionSynchronizationManager.bindResource(this, held);
            TransactionSynchronizationManager.registerSynchronization(held);
        }
        ReentrantLock stripe = stripes[Math.floorMod(Long.hashCode(leadId), STRIPES)];
        if (held.locks.contains(stripe)) {
            return;
        }
        try {
            if (!stripe.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new CannotAcquireLockException("Lead " + leadId + " is being saved by someone else");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("Interrupted waiting for lead " + leadId, e);
        }
        held.locks.add(stripe);
    }

    /** Released after the completion: a save's index write runs inside Hibernate's commit, before this. */
    private final class Held implements TransactionSynchronization {
        private final Set<ReentrantLock> locks = new HashSet<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LeadWriteOrder.this);
            locks.forEach(ReentrantLock::unlock);
            locks.clear();
        }
    }
}

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
 * An import takes its numbers as blocks ({@link #reserve}) in short transactions of their own, so a long import
 * never holds the counter that every other save needs (issue 13, point 9); a rolled-back import leaves a gap.
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

    /**
     * Reserves {@code count} consecutive numbers of the year in a transaction of its own that commits at once,
     * whatever transaction the caller is in: the counter is locked for a moment only.
     */
    Block reserve(int year, int count) {
        Integer first = newTransaction.execute(status -> {
            LeadNumberCounter counter = counters.lockYear(year).orElseGet(() -> {
                createCounter(year);
                return counters.lockYear(year).orElseThrow();
            });
            return counter.take(count);
        });
        return new Block(year, java.util.Objects.requireNonNull(first), count);
    }

    /** Numbers reserved for one caller: {@code count} numbers of {@code year} from {@code first} on. */
    record Block(int year, int first, int count) {

        String number(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException(index);
            }
            return format(year, first + index);
        }
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

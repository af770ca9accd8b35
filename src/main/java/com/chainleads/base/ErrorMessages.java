package com.chainleads.base;

import com.chainleads.base.domain.BusinessRuleException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one place that turns exceptions — database ones included — into a message a user understands.
 * Returns a translation key with its arguments; the UI translates it.
 */
public final class ErrorMessages {

    public record UserMessage(String key, Object[] args, boolean expected) {}

    private ErrorMessages() {}

    public static UserMessage describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessRuleException rule) {
                return new UserMessage(rule.messageKey(), rule.args(), true);
            }
            if (t instanceof OptimisticLockingFailureException || t instanceof OptimisticLockException) {
                return new UserMessage("error.concurrentEdit", new Object[0], true);
            }
            if (t instanceof AccessDeniedException) {
                return new UserMessage("error.accessDenied", new Object[0], true);
            }
            if (isConnectionFailure(t)) {
                if (poolExhausted(error)) {
                    // the database answers, but every pooled connection stayed busy for the whole wait
                    return new UserMessage("security.error.busy", new Object[0], false);
                }
                return new UserMessage("error.databaseUnavailable", new Object[0], false);
            }
            if (t instanceof QueryTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof java.sql.SQLTimeoutException) {
                return new UserMessage("error.queryTimeout", new Object[0], false);
            }
            if (t instanceof PessimisticLockingFailureException) {
                // a deadlock or lock timeout that survived the retries of DeadlockRetry
                return new UserMessage("security.error.busy", new Object[0], false);
            }
            if (t instanceof DataIntegrityViolationException) {
                return new UserMessage("error.dataIntegrity", new Object[0], false);
            }
        }
        return new UserMessage("error.unexpected", new Object[0], false);
    }

    /** Whether the error, or one of its causes, means the database cannot be reached. */
    public static boolean isDatabaseUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool gave up waiting for a free connection although the database is reachable: Hikari's timeout then
     * carries no cause (when the database is down, the last connection failure is its cause).
     */
    private static boolean poolExhausted(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    && t.getCause() == null
                    && String.valueOf(t.getMessage()).contains("Connection is not available")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        return t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException;
    }
}

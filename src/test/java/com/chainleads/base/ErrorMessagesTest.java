package com.chainleads.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorMessagesTest {

    @Test
    void aPoolWhoseConnectionsStayedBusyIsBusyNotADatabaseOutage() {
        var exhausted = new CannotCreateTransactionException(
                "no connection",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms (total=10, active=10)"));
        assertThat(ErrorMessages.describe(exhausted).key()).isEqualTo("security.error.busy");
    }

    @Test
    void aPoolThatCannotReachTheDatabaseIsAnOutage() {
        var down = new CannotCreateTransactionException(
                "no connection",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms",
                        new ConnectException("Connection refused")));
        assertThat(ErrorMessages.describe(down).key()).isEqualTo("error.databaseUnavailable");
        assertThat(ErrorMessages.describe(new DataAccessResourceFailureException("gone"))
                        .key())
                .isEqualTo("error.databaseUnavailable");
    }

    @Test
    void aQueryStoppedByItsTimeoutSaysSo() {
        assertThat(ErrorMessages.describe(new QueryTimeoutException("stopped", new SQLTimeoutException()))
                        .key())
                .isEqualTo("error.queryTimeout");
    }
}

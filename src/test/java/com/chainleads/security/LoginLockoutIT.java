package com.chainleads.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.MovableClock;
import com.chainleads.testsupport.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

/** Case 4 of the hardening issue: five failed logins within 15 minutes lock the account for 15 minutes. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutIT {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    TestUsers users;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void login(String username, String password) {
        authentication.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            String wrong = "wrong-password-" + i;
            assertThatThrownBy(() -> login(username, wrong)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void fiveWrongPasswordsWithinFifteenMinutesLockTheAccountEvenAgainstTheRightPasswordAndAreLogged(
            CapturedOutput output) {
        String username = users.officer("INVEST_1");
        failTimes(username, 4);
        clock.advance(Duration.ofMinutes(14));
        failTimes(username, 1);

        assertThatThrownBy(() -> login(username, TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(output.getOut())
                .contains("Account '" + username + "' locked until")
                .contains("Login refused for user '" + username + "': the account is locked");
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        String username = users.officer("INVEST_2");
        failTimes(username, 5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(50));
        assertThatThrownBy(() -> login(username, TestUsers.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(11));
        login(username, TestUsers.PASSWORD);
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        String username = users.officer("INVEST_3");
        failTimes(username, 4);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        failTimes(username, 4);

        login(username, TestUsers.PASSWORD);
    }

    @Test
    void aSuccessfulLoginStartsTheCountAfresh() {
        String username = users.officer("INVEST_1");
        failTimes(username, 4);
        login(username, TestUsers.PASSWORD);
        failTimes(username, 4);

        login(username, TestUsers.PASSWORD);
    }

    @Test
    void lockingOneAccountLeavesOthersAloneAndUnknownUsersLockNothing() {
        String locked = users.officer("INVEST_1");
        String colleague = users.officer("INVEST_1");
        failTimes(locked, 5);
        failTimes("no-such-user-" + locked, 6);

        assertThatThrownBy(() -> login(locked, TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
        login(colleague, TestUsers.PASSWORD);
    }

    @Test
    void anAdministratorsPasswordResetLiftsTheLock() {
        String username = users.officer("INVEST_2");
        failTimes(username, 5);

        String temporary = users.resetPassword(username);

        login(username, temporary);
    }

    @Test
    void wrongPasswordsTriedAtTheSameMomentAllCount() throws Exception {
        String username = users.officer("INVEST_3");
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Class<?>>> attempts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String password = "parallel-wrong-" + i;
                attempts.add(() -> {
                    try {
                        login(username, password);
                        return null;
                    } catch (AuthenticationException e) {
                        return e.getClass();
                    }
                });
            }
            for (Future<Class<?>> result : pool.invokeAll(attempts)) {
                assertThat(result.get()).isEqualTo(BadCredentialsException.class);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> login(username, TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
    }
}

package com.chainleads.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.LoginLockout;
import com.chainleads.security.domain.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout rule on the user itself, with explicit instants. */
class LoginLockoutRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private final LoginLockout rule = LoginLockout.STANDARD;

    private static AppUser user() {
        return new AppUser("zhou.wei", "周伟", "{noop}x", Role.OFFICER, null, T0);
    }

    @Test
    void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
        AppUser user = user();
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedLogin(T0.plusSeconds(60L * i), rule)).isFalse();
        }
        assertThat(user.recordFailedLogin(T0.plus(Duration.ofMinutes(14)), rule))
                .isTrue();

        Instant lockedAt = T0.plus(Duration.ofMinutes(14));
        assertThat(user.isLockedAt(lockedAt.plus(Duration.ofMinutes(15)).minusMillis(1)))
                .isTrue();
        assertThat(user.isLockedAt(lockedAt.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        AppUser user = user();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(T0, rule);
        }
        assertThat(user.recordFailedLogin(T0.plus(Duration.ofMinutes(15)), rule))
                .isFalse();
        assertThat(user.getFailedLoginCount()).isEqualTo(1);
    }

    @Test
    void failuresWhileLockedDoNotProlongTheLock() {
        AppUser user = user();
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(T0, rule);
        }
        Instant until = user.getLockedUntil();
        assertThat(user.recordFailedLogin(T0.plus(Duration.ofMinutes(10)), rule))
                .isFalse();
        assertThat(user.getLockedUntil()).isEqualTo(until);
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        AppUser user = user();
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(T0, rule);
        }
        user.recordLogin(T0.plusSeconds(5));
        assertThat(user.getFailedLoginCount()).isZero();
        assertThat(user.recordFailedLogin(T0.plusSeconds(6), rule)).isFalse();
    }
}

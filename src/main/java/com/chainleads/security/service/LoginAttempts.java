package com.chainleads.security.service;

import com.chainleads.base.LogSafe;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.LoginLockout;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookkeeping of logins, called by the authentication events (before anyone is signed in, hence no access
 * annotations): a success is remembered and clears the failures; failures count towards the lockout of
 * {@link LoginLockout#STANDARD}. Time comes from the injected clock.
 */
@Component
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AppUserRepository users;
    private final Clock clock;
    private final LoginLockout rule = LoginLockout.STANDARD;

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public void succeeded(long userId) {
        users.findForUpdateById(userId).ifPresent(user -> user.recordLogin(clock.instant()));
    }

    /** A wrong password for {@code username}; unknown usernames have no account to lock. */
    @Transactional
    public void failed(String username) {
        users.findForUpdateByUsernameIgnoreCase(username.strip()).ifPresent(this::countFailure);
    }

    private void countFailure(AppUser user) {
        Instant now = clock.instant();
        if (user.recordFailedLogin(now, rule)) {
            log.warn(
                    "Account '{}' locked until {} after {} failed logins within {} minutes",
                    LogSafe.of(user.getUsername()),
                    user.getLockedUntil(),
                    rule.maxFailures(),
                    rule.window().toMinutes());
        }
    }

    /** Whether the account may not sign in at the moment (the authentication checks this). */
    public boolean isLocked(AppUser user) {
        return user.isLockedAt(clock.instant());
    }
}

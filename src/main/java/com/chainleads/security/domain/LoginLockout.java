package com.chainleads.security.domain;

import java.time.Duration;

/**
 * The lockout rule against password guessing: {@link #maxFailures()} failed logins for one account within
 * {@link #window()} lock the account for {@link #lockDuration()}. A successful login starts the count afresh.
 * While locked, even the right password is refused with the same generic message as any other failure.
 */
public record LoginLockout(int maxFailures, Duration window, Duration lockDuration) {

    /** Five failures within 15 minutes lock the account for 15 minutes. */
    public static final LoginLockout STANDARD = new LoginLockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
}

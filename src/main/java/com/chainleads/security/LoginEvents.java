package com.chainleads.security;

import com.chainleads.base.LogSafe;
import com.chainleads.security.service.LoginAttempts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records logins and logs failed attempts; wrong passwords count towards the account lockout. The user sees
 * one generic message whatever the reason (wrong password, unknown user, disabled or locked account).
 */
@Component
class LoginEvents {

    private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);
    private final LoginAttempts attempts;

    LoginEvents(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            attempts.succeeded(principal.userId());
            log.info("Login succeeded for user '{}'", LogSafe.of(principal.getUsername()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (event instanceof AuthenticationFailureLockedEvent) {
            log.warn("Login refused for user '{}': the account is locked", LogSafe.of(username));
            return;
        }
        log.warn(
                "Login failed for user '{}': {}",
                LogSafe.of(username),
                event.getException().getClass().getSimpleName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            attempts.failed(username);
        }
    }
}

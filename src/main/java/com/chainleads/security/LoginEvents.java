package com.chainleads.security;

import com.chainleads.base.LogSafe;
import com.chainleads.security.service.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records logins and logs failed attempts (the user sees one generic message either way). */
@Component
class LoginEvents {

    private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);
    private final AccountService accounts;

    LoginEvents(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            accounts.recordLogin(principal.userId());
            log.info("Login succeeded for user '{}'", LogSafe.of(principal.getUsername()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        log.warn("Login failed for user '{}': {}", LogSafe.of(String.valueOf(event.getAuthentication().getName())),
                event.getException().getClass().getSimpleName());
    }
}

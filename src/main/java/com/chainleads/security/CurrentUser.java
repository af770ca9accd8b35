package com.chainleads.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the one way services and views ask for the signed-in user. */
@Component
public class CurrentUser {

    public Optional<AppUserPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when nobody is signed in, which a secured service call never allows. */
    public AppUserPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }
}

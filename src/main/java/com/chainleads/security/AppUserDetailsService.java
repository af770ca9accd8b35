package com.chainleads.security;

import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.service.LoginAttempts;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database for Spring Security's form login. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final LoginAttempts attempts;

    AppUserDetailsService(AppUserRepository users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public AppUserPrincipal loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return toPrincipal(user, !attempts.isLocked(user));
    }

    static AppUserPrincipal toPrincipal(AppUser user, boolean accountNonLocked) {
        OrgUnit unit = user.getUnit();
        return new AppUserPrincipal(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                unit == null ? null : unit.getId(),
                unit == null ? null : unit.getNameZh(),
                unit == null ? null : unit.getNameEn(),
                user.isEnabled(),
                accountNonLocked,
                user.getPasswordHash());
    }
}

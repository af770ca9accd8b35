package com.chainleads.security.service;

import com.chainleads.base.LogSafe;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.i18n.AppLocales;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.UserSessions;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a signed-in user does with their own account: language, password. */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;

    AccountService(
            AppUserRepository users,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            UserSessions sessions) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
    }

    /** The language the user picked earlier, if any. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return users.findById(currentUser.require().userId())
                .map(user -> AppLocales.fromTag(user.getPreferredLocale()));
    }

    /** Remembers the language the user picked, for every later session. */
    @PermitAll
    @Transactional
    public void rememberLocale(Locale locale) {
        users.findById(currentUser.require().userId())
                .ifPresent(user -> user.setPreferredLocale(AppLocales.toTag(locale)));
    }

    /** Whether the user must choose a new password before doing anything else (new account, admin reset). */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return users.findById(currentUser.require().userId())
                .map(AppUser::isMustChangePassword)
                .orElse(false);
    }

    /**
     * Replaces the caller's password after checking the current one. Refusals name the field:
     * {@code currentPassword} (wrong) or {@code newPassword} (too short, too common, the username, unchanged).
     * The user's other sessions end; this one stays signed in.
     */
    @PermitAll
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        AppUserPrincipal me = currentUser.require();
        AppUser user = users.findById(me.userId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "security.password.wrongCurrent");
        }
        passwordPolicy.check("newPassword", user.getUsername(), newPassword);
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("newPassword", "security.password.unchanged");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword), false);
        log.info("User '{}' changed their password", LogSafe.of(user.getUsername()));
        sessions.endOtherSessionsAfterCommit(user.getId());
    }
}

package com.chainleads.security.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a signed-in user does with their own account. */
@Service
public class AccountService {

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(AppUserRepository users, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
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

    /** Called after a successful login. */
    @Transactional
    public void recordLogin(long userId) {
        users.findById(userId).ifPresent(user -> user.recordLogin(clock.instant()));
    }
}

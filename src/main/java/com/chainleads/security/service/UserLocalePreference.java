package com.chainleads.security.service;

import com.chainleads.base.i18n.LocalePreference;
import com.chainleads.security.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The signed-in user's language, kept on their account ({@link AccountService}), for the shell. */
@Component
class UserLocalePreference implements LocalePreference {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    UserLocalePreference(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return currentUser.get().flatMap(user -> accounts.preferredLocale());
    }

    @Override
    public void rememberLocale(Locale locale) {
        accounts.rememberLocale(locale);
    }
}

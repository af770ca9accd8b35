package com.chainleads.base.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the signed-in user's language is kept; the shell asks it when a page opens and tells it when the user
 * switches. Offered by the feature that knows the users, so the shell does not depend on it.
 */
public interface LocalePreference {

    /** The language the signed-in user picked earlier; empty when nobody is signed in or nothing was picked. */
    Optional<Locale> preferredLocale();

    /** Remembers the language the signed-in user picked, for every later session. */
    void rememberLocale(Locale locale);
}

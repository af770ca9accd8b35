package com.chainleads.transfer.cell;

import java.util.Locale;

/** A text that exists in both languages of the portal; a {@link Problem} argument may be one. */
@FunctionalInterface
public interface Localized {

    String text(Locale locale);

    static Localized of(String zh, String en) {
        return locale -> com.chainleads.base.i18n.AppLocales.isEnglish(locale) ? en : zh;
    }
}

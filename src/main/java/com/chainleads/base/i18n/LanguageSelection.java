package com.chainleads.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;

/**
 * The language picked in this browser session (e.g. on the login page, before we know the user). Chinese is
 * the default whatever the browser sends, so the browser's own locale is never used.
 */
public final class LanguageSelection {

    private static final String ATTRIBUTE = LanguageSelection.class.getName();

    private LanguageSelection() {}

    public static Optional<Locale> picked(VaadinSession session) {
        return Optional.ofNullable((Locale) session.getAttribute(ATTRIBUTE));
    }

    /** Applies the language to the session and the UI, and re-creates the current view in it. */
    public static void apply(UI ui, Locale locale) {
        Locale supported = AppLocales.supported(locale);
        VaadinSession session = ui.getSession();
        session.setAttribute(ATTRIBUTE, supported);
        session.setLocale(supported);
        ui.setLocale(supported);
        setPageLanguage(ui, supported);
        ui.refreshCurrentRoute(true);
    }

    /**
     * Sets {@code <html lang>} to the UI's language ("zh-CN", "en"), so that the browser, screen readers and
     * fonts (hyphenation, CJK glyph forms) know it (issue 13, point 8).
     */
    public static void setPageLanguage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }
}

package com.chainleads.base.ui;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.LanguageSelection;
import com.chainleads.base.i18n.LocalePreference;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Installs the global error handler on every session, and picks each UI's language: the signed-in user's
 * saved choice, else what was picked in this session, else Chinese — never the browser's language.
 */
@Component
class AppServiceInitListener implements VaadinServiceInitListener {

    private final LocalePreference preference;

    AppServiceInitListener(LocalePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        MainErrorHandler errorHandler = new MainErrorHandler();
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(init -> applyLanguage(init.getUI()));
    }

    private void applyLanguage(UI ui) {
        Locale locale = preference
                .preferredLocale()
                .or(() -> LanguageSelection.picked(ui.getSession()))
                .orElse(AppLocales.DEFAULT);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        LanguageSelection.setPageLanguage(ui, locale);
    }
}

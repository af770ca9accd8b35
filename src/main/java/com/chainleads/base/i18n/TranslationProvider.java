package com.chainleads.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI text goes through here: {@code i18n/translations_zh_CN.properties} and
 * {@code i18n/translations_en.properties} (UTF-8). Unknown locales fall back to Chinese.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String BUNDLE = "i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = AppLocales.supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, supported);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
    }
}

package com.chainleads.transfer.cell;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/**
 * Translation in one language for work that runs away from the UI (import passes, template and report
 * writers): the same texts as {@code getTranslation}, bound to the user's locale when the work started.
 */
public interface Translator {

    Locale locale();

    String get(String key, Object... args);

    /** Translates a problem, resolving {@link Localized} arguments in this language. */
    default String problem(Problem problem) {
        Object[] args = problem.argsArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Localized localized) {
                args[i] = localized.text(locale());
            }
        }
        return get(problem.key(), args);
    }

    static Translator of(I18NProvider provider, Locale locale) {
        return new Translator() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String get(String key, Object... args) {
                return provider.getTranslation(key, locale, args);
            }
        };
    }
}

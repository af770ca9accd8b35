package com.chainleads.base.i18n;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The two languages of the portal: Chinese first, English second. */
public final class AppLocales {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private AppLocales() {}

    public static boolean isEnglish(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Maps any locale to a supported one; everything but English becomes Chinese. */
    public static Locale supported(@Nullable Locale locale) {
        return isEnglish(locale) ? ENGLISH : CHINESE;
    }

    /** Parses a stored language tag such as "zh-CN" or "en"; unknown or empty gives {@code null}. */
    public static @Nullable Locale fromTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return supported(Locale.forLanguageTag(tag));
    }

    public static String toTag(Locale locale) {
        return supported(locale).toLanguageTag();
    }
}

package com.chainleads.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How dates and times look in the UI: ISO-like, the same in both languages, as officers write them. */
public final class Formats {

    /** The district's time zone; the server stores instants in UTC. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {}

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "label：value" in Chinese, "label: value" in English (never full-width punctuation in English). */
    public static String labelValue(Locale locale, String label, Object value) {
        return label + (isEnglish(locale) ? ": " : "：") + value;
    }

    /** "text（aside）" in Chinese, "text (aside)" in English. */
    public static String withAside(Locale locale, String text, Object aside) {
        return isEnglish(locale) ? text + " (" + aside + ")" : text + "（" + aside + "）";
    }

    /** Between the items of a list: "、" in Chinese, ", " in English. */
    public static String listSeparator(Locale locale) {
        return isEnglish(locale) ? ", " : "、";
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }
}

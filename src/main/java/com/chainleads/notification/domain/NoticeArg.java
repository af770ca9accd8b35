package com.chainleads.notification.domain;

import com.chainleads.base.domain.LocalizedName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One argument of a notification's message. A notification is stored as a translation key with arguments, not as
 * a sentence, so that each reader sees it in their own language — and an argument can itself depend on the
 * language: a unit's name ({@link Localized}) or a label that is a translation key ({@link Translated}, e.g. a
 * stage). Plain text (a lead number, a project or person name) and numbers stay as they are.
 */
public sealed interface NoticeArg {

    /** The value handed to the message pattern for a reader in {@code locale}. */
    Object value(Locale locale, Function<String, String> translate);

    /** Text shown as is, e.g. "ZS-2026-0001" or a project name. */
    record Text(String text) implements NoticeArg {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Object value(Locale locale, Function<String, String> translate) {
            return text;
        }
    }

    /** A number, formatted by the pattern in the reader's language (e.g. "{0,number,#.##}"). */
    record Number(BigDecimal number) implements NoticeArg {
        public Number {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public Object value(Locale locale, Function<String, String> translate) {
            return number;
        }
    }

    /** A name kept in both languages, e.g. a unit's 招商二科 / Investment Unit 2. */
    record Localized(String zh, String en) implements NoticeArg {
        public Localized {
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }

        @Override
        public Object value(Locale locale, Function<String, String> translate) {
            return "en".equals(locale.getLanguage()) && !en.isBlank() ? en : zh;
        }
    }

    /** A label given by its translation key, e.g. "role.LEADER" or a stage's key. */
    record Translated(String key) implements NoticeArg {
        public Translated {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public Object value(Locale locale, Function<String, String> translate) {
            return translate.apply(key);
        }
    }

    static NoticeArg text(String text) {
        return new Text(text);
    }

    static NoticeArg translated(String key) {
        return new Translated(key);
    }

    static NoticeArg localized(LocalizedName name) {
        return new Localized(name.getNameZh(), name.getNameEn());
    }

    /**
     * Converts what callers usually have: a {@code NoticeArg} as is, a {@link LocalizedName} (unit, sector), a
     * number, a date (as yyyy-MM-dd, the way the portal shows dates), anything else as its text.
     */
    static NoticeArg of(Object value) {
        if (value instanceof NoticeArg arg) {
            return arg;
        }
        if (value instanceof LocalizedName name) {
            return localized(name);
        }
        if (value instanceof BigDecimal number) {
            return new Number(number);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return new Number(BigDecimal.valueOf(((java.lang.Number) value).longValue()));
        }
        if (value instanceof LocalDate date) {
            return new Text(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        }
        return new Text(String.valueOf(value));
    }
}

package com.chainleads.transfer.cell;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Cleaning of text typed (or pasted) by people into spreadsheet cells.
 * <ul>
 * <li>{@link #clean}: for free text such as names. Trims every kind of space at both ends (ideographic space
 * U+3000, no-break space, tabs, line breaks), turns those spaces inside the text into ordinary spaces, drops
 * zero-width characters and byte-order marks, and turns full-width digits and Latin letters into ordinary ones.
 * Full-width punctuation is kept: registered Chinese names are written with it (e.g. 某某（武汉）有限公司).</li>
 * <li>{@link #halfWidth}: for numbers, dates, codes and choices: every full-width ASCII character
 * (U+FF01–U+FF5E) becomes its ordinary twin, including punctuation such as ，．／－：.</li>
 * <li>{@link #lookupKey}: for comparing labels: half-width, lower case, without any space.</li>
 * </ul>
 */
public final class Text {

    private Text() {}

    public static boolean isBlank(@Nullable String text) {
        return text == null || clean(text).isEmpty();
    }

    public static String clean(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c == '\n' || c == '\r') {
                out.append(c); // line breaks inside a cell are content (e.g. notes)
            } else if (isSpace(c)) {
                out.append(' ');
            } else if (isFullWidthDigitOrLetter(c)) {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return strip(out);
    }

    public static String halfWidth(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.append((char) (c - 0xFEE0));
            } else if (isSpace(c) || c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return strip(out);
    }

    public static String lookupKey(@Nullable String text) {
        String half = halfWidth(text);
        StringBuilder out = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (c != ' ') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String strip(StringBuilder text) {
        int start = 0;
        int end = text.length();
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '\n' || c == '\r';
    }

    static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u00A0'
                || c == '\u3000'
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u000B'
                || c == '\u000C'
                || (c >= '\u2000' && c <= '\u200A')
                || c == '\u205F';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isFullWidthDigitOrLetter(char c) {
        return (c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A');
    }
}

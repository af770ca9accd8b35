package com.chainleads.transfer.cell;

import com.chainleads.base.domain.CreditCode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Tolerant parsers for what people type into spreadsheets. Each takes the cell's text as the reader delivers
 * it (see {@code XlsxSheetReader}: numbers as plain decimals, date-formatted cells as ISO dates) and returns a
 * value, {@link Parsed#empty() nothing} for a blank cell, or a translated {@link Problem}. Stray spaces
 * (including U+3000 and no-break spaces) and full-width digits, letters and punctuation are tolerated.
 */
public final class CellParsers {

    /** The largest Excel date serial: 9999-12-31. */
    static final double MAX_EXCEL_SERIAL = 2_958_465;

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern CHINESE_DATE =
            Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT_DATE =
            Pattern.compile("(19|20|21)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");
    private static final Pattern DAY_FIRST = Pattern.compile("\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{2,4}");
    private static final Pattern YEAR_ONLY = Pattern.compile("(19|20|21)\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("(19|20|21)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*月?");

    private static final Set<String> TRUE = Set.of("是", "y", "yes", "true", "1", "对", "√", "✓", "✔", "有");
    private static final Set<String> FALSE = Set.of("否", "n", "no", "false", "0", "不是", "×", "✗", "无");

    private CellParsers() {}

    /** Free text, cleaned (see {@link Text#clean}). */
    public static Parsed<String> text(@Nullable String raw) {
        String text = Text.clean(raw);
        return text.isEmpty() ? Parsed.empty() : Parsed.of(text);
    }

    /** Free text of at most {@code maxLength} characters. */
    public static Parsed<String> text(@Nullable String raw, int maxLength) {
        return text(raw)
                .then(text -> text.codePointCount(0, text.length()) > maxLength
                        ? Parsed.problem("transfer.parse.tooLong", maxLength)
                        : Parsed.of(text));
    }

    /** A decimal number; thousands separators (1,234.5) are accepted, units (万元) are not. */
    public static Parsed<BigDecimal> decimal(@Nullable String raw) {
        String token = Text.halfWidth(raw).replace(" ", "");
        if (token.isEmpty()) {
            return Parsed.empty();
        }
        String digits = token;
        if (GROUPED.matcher(token).matches()) {
            digits = token.replace(",", "");
        } else if (!PLAIN.matcher(token).matches()) {
            return Parsed.problem(
                    containsUnit(token) ? "transfer.parse.numberUnit" : "transfer.parse.number", Text.clean(raw));
        }
        try {
            BigDecimal number = new BigDecimal(digits);
            return Parsed.of(number.signum() == 0 ? BigDecimal.ZERO : number);
        } catch (NumberFormatException | ArithmeticException e) {
            return Parsed.problem("transfer.parse.number", Text.clean(raw));
        }
    }

    /** A decimal number with at most {@code maxScale} decimals (trailing zeros do not count). */
    public static Parsed<BigDecimal> decimal(@Nullable String raw, int maxScale) {
        return decimal(raw).then(number -> {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() > maxScale) {
                return Parsed.problem("transfer.parse.decimals", maxScale);
            }
            return Parsed.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
        });
    }

    /** A whole number (1.0 is fine, 1.5 is not). */
    public static Parsed<Long> integer(@Nullable String raw) {
        return decimal(raw).then(number -> {
            try {
                return Parsed.of(number.stripTrailingZeros().longValueExact());
            } catch (ArithmeticException e) {
                return Parsed.problem("transfer.parse.integer", Text.clean(raw));
            }
        });
    }

    /**
     * A date: an Excel date cell, an Excel date serial number (46083), or text such as 2026-03-02, 2026/3/2,
     * 2026.3.2, 2026年3月2日 or 20260302; a time after the date is ignored. Day-first or month-first forms
     * (3/2/2026) are refused because they are ambiguous.
     */
    public static Parsed<LocalDate> date(@Nullable String raw) {
        String token = Text.halfWidth(raw);
        if (token.isEmpty()) {
            return Parsed.empty();
        }
        Matcher matcher = YMD.matcher(token);
        if (!matcher.matches()) {
            matcher = CHINESE_DATE.matcher(token);
        }
        if (matcher.matches()) {
            return dateOf(matcher.group(1), matcher.group(2), matcher.group(3), raw);
        }
        if (COMPACT_DATE.matcher(token).matches()) {
            return dateOf(token.substring(0, 4), token.substring(4, 6), token.substring(6, 8), raw);
        }
        if (YEAR_ONLY.matcher(token).matches()) {
            return Parsed.problem("transfer.parse.dateYearOnly", token);
        }
        if (YEAR_MONTH.matcher(token).matches()) {
            return Parsed.problem("transfer.parse.dateNoDay", Text.clean(raw));
        }
        if (PLAIN.matcher(token).matches()) {
            return fromSerial(token, raw);
        }
        if (DAY_FIRST.matcher(token).matches()) {
            return Parsed.problem("transfer.parse.dateAmbiguous", Text.clean(raw));
        }
        return Parsed.problem("transfer.parse.date", Text.clean(raw));
    }

    /** Yes or no: 是/否, Y/N, yes/no, true/false, 1/0, √/×. */
    public static Parsed<Boolean> bool(@Nullable String raw) {
        String key = Text.lookupKey(raw);
        if (key.isEmpty()) {
            return Parsed.empty();
        }
        if (TRUE.contains(key)) {
            return Parsed.of(Boolean.TRUE);
        }
        if (FALSE.contains(key)) {
            return Parsed.of(Boolean.FALSE);
        }
        return Parsed.problem("transfer.parse.bool", Text.clean(raw));
    }

    /** A unified social credit code with a correct check character. */
    public static Parsed<CreditCode> creditCode(@Nullable String raw) {
        String code = CreditCode.normalise(Text.halfWidth(raw));
        if (code.isEmpty()) {
            return Parsed.empty();
        }
        CreditCode.Problem problem = CreditCode.check(code);
        return problem == null ? Parsed.of(new CreditCode(code)) : Parsed.problem(problem.translationKey());
    }

    /** One of the allowed values, by code or by Chinese or English label. */
    public static <E> Parsed<E> choice(@Nullable String raw, Choices<E> choices) {
        return choices.parse(raw);
    }

    private static Parsed<LocalDate> dateOf(String year, String month, String day, @Nullable String raw) {
        try {
            return Parsed.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Parsed.problem("transfer.parse.dateInvalid", Text.clean(raw));
        }
    }

    private static Parsed<LocalDate> fromSerial(String token, @Nullable String raw) {
        double serial;
        try {
            serial = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            return Parsed.problem("transfer.parse.date", Text.clean(raw));
        }
        if (serial < 1 || serial > MAX_EXCEL_SERIAL || !DateUtil.isValidExcelDate(serial)) {
            return Parsed.problem("transfer.parse.date", Text.clean(raw));
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, false);
        return dateTime == null
                ? Parsed.problem("transfer.parse.date", Text.clean(raw))
                : Parsed.of(dateTime.toLocalDate());
    }

    private static boolean containsUnit(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.contains("万")
                || lower.contains("亿")
                || lower.contains("元")
                || lower.contains("%")
                || lower.contains("亩")
                || lower.contains("㎡");
    }
}

package com.chainleads.base.domain;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015). Valid only when its last
 * character is the GB 32100 check character and its organisation-code part (characters 9–17) carries a
 * correct GB 11714 check character. Lower-case letters, full-width characters and spaces are tolerated on
 * input and normalised away.
 */
public record CreditCode(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Why a text is not a valid code; each has a translation key {@code creditCode.error.<name>}. */
    public enum Problem {
        LENGTH,
        CHARACTER,
        CHECK;

        public String translationKey() {
            return "creditCode.error." + name();
        }
    }

    public CreditCode {
        Problem problem = problemOf(value);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid credit code (" + problem + "): " + value);
        }
    }

    /** Parses user input, normalising case, full-width characters and spaces. */
    public static Optional<CreditCode> parse(@Nullable String input) {
        String normalised = normalise(input);
        return problemOf(normalised) == null ? Optional.of(new CreditCode(normalised)) : Optional.empty();
    }

    /** Parses a form field's input, or refuses it at that field with its problem's message. */
    public static CreditCode parseOrRefuse(String field, @Nullable String input) {
        Problem problem = check(input);
        if (problem != null) {
            throw new BusinessRuleException(field, problem.translationKey());
        }
        return parse(input).orElseThrow();
    }

    /** The problem with user input, or {@code null} when it is a valid code. */
    public static @Nullable Problem check(@Nullable String input) {
        return problemOf(normalise(input));
    }

    public static String normalise(@Nullable String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length());
        input.codePoints().forEach(cp -> {
            int c = cp;
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0; // full-width ASCII to half-width
            }
            if (!Character.isWhitespace(c) && c != 0x3000 && c != '-') {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static @Nullable Problem problemOf(String code) {
        if (code.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Problem.CHARACTER;
            }
        }
        if (checkCharacter(code) != code.charAt(17) || organisationCheck(code) != code.charAt(16)) {
            return Problem.CHECK;
        }
        return null;
    }

    /** The GB 32100 check character for the first 17 characters. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** The GB 11714 check character of the organisation code (characters 9–16 of the credit code). */
    static char organisationCheck(String code) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(8 + i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * Completes 16 characters (registration authority, type, region, organisation body) into a valid code;
     * used by demo and benchmark data generators.
     */
    public static CreditCode complete(String first16) {
        if (first16.length() != 16) {
            throw new IllegalArgumentException("Need 16 characters: " + first16);
        }
        String seventeen = first16 + organisationCheck(first16 + "00");
        return new CreditCode(seventeen + checkCharacter(seventeen + "0"));
    }

    @Override
    public String toString() {
        return value;
    }
}

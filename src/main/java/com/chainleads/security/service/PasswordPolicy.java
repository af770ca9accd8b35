package com.chainleads.security.service;

import com.chainleads.base.domain.BusinessRuleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Passwords chosen by people: at least 10 characters, not one of the common passwords shipped in
 * {@code security/common-passwords.txt} (also not such a word with digits appended, e.g. {@code password2026}),
 * not a run of one or two repeated characters, and not the username. Also makes temporary passwords for resets.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private final Set<String> commonPasswords;
    private final SecureRandom random = new SecureRandom();

    public PasswordPolicy() {
        var stream = Objects.requireNonNull(
                getClass().getResourceAsStream("/security/common-passwords.txt"), "common-passwords.txt missing");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            commonPasswords = reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws a field-level {@link BusinessRuleException} when the password is not acceptable. */
    public void check(String field, String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new BusinessRuleException(field, "password.tooShort", MIN_LENGTH);
        }
        if (isCommon(password)) {
            throw new BusinessRuleException(field, "password.tooCommon");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new BusinessRuleException(field, "password.sameAsUsername");
        }
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || lower.codePoints().distinct().count() < 4) {
            return true;
        }
        String withoutTrailingDigits = lower.replaceFirst("\\d+$", "");
        return withoutTrailingDigits.length() >= 4 && commonPasswords.contains(withoutTrailingDigits);
    }

    public String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}

package com.chainleads.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String refusal(String password) {
        try {
            policy.check("password", "zhou.wei", password);
            return "accepted";
        } catch (BusinessRuleException refused) {
            return refused.messageKey();
        }
    }

    @Test
    void theShippedListHoldsCommonPasswordsLongEnoughToPassTheLengthRule() throws IOException {
        List<String> entries;
        try (InputStream in = getClass().getResourceAsStream("/security/common-passwords.txt")) {
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }
        List<String> longEnough = entries.stream()
                .filter(p -> p.length() >= PasswordPolicy.MIN_LENGTH)
                .toList();
        assertThat(longEnough).hasSizeGreaterThan(100);
        assertThat(longEnough).allSatisfy(p -> assertThat(refusal(p)).isEqualTo("password.tooCommon"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "Abc-12345"})
    void fewerThanTenCharactersAreTooShort(String password) {
        assertThat(refusal(password)).isEqualTo("password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234567890",
                "QWERTYUIOP",
                "password2026",
                "Iloveyou520520",
                "woaini1314520",
                "aaaaaaaaaaaa",
                "abababababab",
                "zhongguo12345"
            })
    void commonPasswordsAndCommonWordsWithDigitsAreRefused(String password) {
        assertThat(refusal(password)).isEqualTo("password.tooCommon");
    }

    @Test
    void theUsernameIsRefused() {
        assertThatThrownBy(() -> policy.check("password", "zhouwei2026", "ZhouWei2026"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.sameAsUsername");
                    assertThat(e.field()).isEqualTo("password");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Huanghe-Bridge-88", "Zhaoshang#2026", "链招-产业链-2026", "correct horse battery"})
    void longUncommonPasswordsAreAccepted(String password) {
        assertThat(refusal(password)).isEqualTo("accepted");
    }

    @Test
    void temporaryPasswordsPassThePolicy() {
        for (int i = 0; i < 50; i++) {
            assertThat(refusal(policy.temporaryPassword())).isEqualTo("accepted");
        }
    }
}

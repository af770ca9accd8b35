package com.chainleads.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.security.service.AccountService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import com.chainleads.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Case 5: passwords of at least 10 characters, no common ones, one's own change, an admin reset forces one. */
@IntegrationTest
class AccountPasswordIT {

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    SignIn signIn;

    @Autowired
    TestUsers users;

    private void login(String username, String password) {
        authentication.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    private BusinessRuleException refusal(String username, String current, String next) {
        try {
            signIn.as(username, () -> accounts.changePassword(current, next));
        } catch (BusinessRuleException refused) {
            return refused;
        }
        throw new AssertionError("the change from " + current + " to " + next + " was accepted");
    }

    @Test
    void aUserChangesTheirPasswordAndOnlyTheNewOneWorksAfterwards() {
        String username = users.officer("INVEST_1");
        signIn.as(username, () -> accounts.changePassword(TestUsers.PASSWORD, "Huanghe-Bridge-88"));

        login(username, "Huanghe-Bridge-88");
        assertThatThrownBy(() -> login(username, TestUsers.PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAtThatField() {
        String username = users.officer("INVEST_1");
        BusinessRuleException refused = refusal(username, "not-my-password", "Huanghe-Bridge-88");
        assertThat(refused.field()).isEqualTo("currentPassword");
        assertThat(refused.messageKey()).isEqualTo("security.password.wrongCurrent");
        login(username, TestUsers.PASSWORD);
    }

    @Test
    void shortCommonUnchangedOrUsernamePasswordsAreRefusedAtTheNewPasswordField() {
        String username = users.officer("INVEST_2");
        assertThat(refusal(username, TestUsers.PASSWORD, "Short-1")).satisfies(e -> {
            assertThat(e.field()).isEqualTo("newPassword");
            assertThat(e.messageKey()).isEqualTo("password.tooShort");
        });
        assertThat(refusal(username, TestUsers.PASSWORD, "qwertyuiop").messageKey())
                .isEqualTo("password.tooCommon");
        assertThat(refusal(username, TestUsers.PASSWORD, "Password2026").messageKey())
                .isEqualTo("password.tooCommon");
        assertThat(refusal(username, TestUsers.PASSWORD, "woaini1314520").messageKey())
                .isEqualTo("password.tooCommon");
        assertThat(refusal(username, TestUsers.PASSWORD, username.toUpperCase()).messageKey())
                .isEqualTo("password.sameAsUsername");
        assertThat(refusal(username, TestUsers.PASSWORD, TestUsers.PASSWORD).messageKey())
                .isEqualTo("security.password.unchanged");
        login(username, TestUsers.PASSWORD);
    }

    @Test
    void anAdministratorsResetMustBeChangedAtTheNextLogin() {
        String username = users.officer("INVEST_3");
        assertThat(signIn.as(username, accounts::mustChangePassword)).isFalse();

        String temporary = users.resetPassword(username);
        login(username, temporary);
        assertThat(signIn.as(username, accounts::mustChangePassword)).isTrue();
        assertThat(users.row(username).mustChangePassword()).isTrue();

        signIn.as(username, () -> accounts.changePassword(temporary, "Changjiang-Ferry-2026"));
        assertThat(signIn.as(username, accounts::mustChangePassword)).isFalse();
        login(username, "Changjiang-Ferry-2026");
    }
}

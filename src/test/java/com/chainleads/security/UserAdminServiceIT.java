package com.chainleads.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UserAdminService;
import com.chainleads.security.service.UserCommand;
import com.chainleads.security.service.UserOption;
import com.chainleads.security.service.UserRow;
import com.chainleads.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class UserAdminServiceIT {

    @Autowired
    UserAdminService service;

    @Autowired
    DirectoryService directory;

    @Autowired
    AuthenticationManager authenticationManager;

    private static String uniqueName() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long unitId(String code) {
        return directory.units().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorCreatesAnOfficerWhoCanThenLogIn() {
        String username = uniqueName();
        UserRow created =
                service.createUser(new UserCommand(username, "周伟", Role.OFFICER, unitId("INVEST_3"), "Zhaoshang#2026"));

        assertThat(created.role()).isEqualTo(Role.OFFICER);
        assertThat(created.unitNameZh()).isEqualTo("招商三科");
        assertThat(service.listUsers()).extracting(UserRow::username).contains(username);
        assertThat(directory.officers(null))
                .as("the shared officer options, at once")
                .extracting(UserOption::username)
                .contains(username);
        assertThat(directory.officers(unitId("INVEST_3")))
                .extracting(UserOption::username)
                .contains(username);
        service.setEnabled(created.id(), created.version(), false);
        assertThat(directory.officers(null)).extracting(UserOption::username).doesNotContain(username);
        service.setEnabled(
                created.id(),
                service.listUsers().stream()
                        .filter(u -> u.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .version(),
                true);
        var authentication =
                authenticationManager.authenticate(new UsernamePasswordAuthenticationToken(username, "Zhaoshang#2026"));
        assertThat(authentication.isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDuplicateUsernameIsRefusedAtTheUsernameField() {
        assertThatThrownBy(() -> service.createUser(
                        new UserCommand("OFFICER1", "重名", Role.OFFICER, unitId("INVEST_1"), "Zhaoshang#2026")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.messageKey()).isEqualTo("admin.user.error.usernameTaken");
                });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shortAndCommonPasswordsAreRefused() {
        assertThatThrownBy(() -> service.createUser(new UserCommand(uniqueName(), "短密码", Role.LEADER, null, "short1")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tooShort"));
        assertThatThrownBy(() ->
                        service.createUser(new UserCommand(uniqueName(), "常见密码", Role.LEADER, null, "password123")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tooCommon"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anOfficerMustBelongToAUnit() {
        assertThatThrownBy(() ->
                        service.createUser(new UserCommand(uniqueName(), "无科室", Role.OFFICER, null, "Zhaoshang#2026")))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("unit"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDisabledUserCannotLogInAndAResetPasswordWorks() {
        String username = uniqueName();
        UserRow user =
                service.createUser(new UserCommand(username, "临时", Role.OFFICER, unitId("INVEST_2"), "Zhaoshang#2026"));
        UserRow disabled = service.setEnabled(user.id(), user.version(), false);

        assertThatThrownBy(() -> authenticationManager.authenticate(
                        new UsernamePasswordAuthenticationToken(username, "Zhaoshang#2026")))
                .isInstanceOf(DisabledException.class);

        UserRow enabled = service.setEnabled(disabled.id(), disabled.version(), true);
        String temporary = service.resetPassword(enabled.id(), enabled.version());
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        new UsernamePasswordAuthenticationToken(username, "Zhaoshang#2026")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authenticationManager
                        .authenticate(new UsernamePasswordAuthenticationToken(username, temporary))
                        .isAuthenticated())
                .isTrue();
        assertThat(service.listUsers())
                .filteredOn(row -> row.username().equals(username))
                .extracting(UserRow::mustChangePassword)
                .containsExactly(true);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aSecondAdministratorSavingAStaleCopyIsRefused() {
        UserRow user = service.createUser(
                new UserCommand(uniqueName(), "并发", Role.OFFICER, unitId("INVEST_1"), "Zhaoshang#2026"));
        service.updateUser(
                user.id(), user.version(), new UserCommand(null, "并发甲", Role.OFFICER, unitId("INVEST_1"), null));

        assertThatThrownBy(() -> service.updateUser(
                        user.id(),
                        user.version(),
                        new UserCommand(null, "并发乙", Role.OFFICER, unitId("INVEST_2"), null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void anOfficerCannotCallTheAdministrationService() {
        assertThatThrownBy(() -> service.listUsers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserFailTheSameWay() {
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        new UsernamePasswordAuthenticationToken("officer1", "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticationManager.authenticate(
                        new UsernamePasswordAuthenticationToken("nobody-here", "demo123")))
                .isInstanceOf(BadCredentialsException.class);
    }
}

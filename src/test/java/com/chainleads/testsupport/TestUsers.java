package com.chainleads.testsupport;

import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UserAdminService;
import com.chainleads.security.service.UserCommand;
import com.chainleads.security.service.UserRow;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Fresh accounts for tests that lock, disable or re-password a user — never the shared demo users. Created
 * through the administration service, as an administrator would.
 */
@Component
public class TestUsers {

    /** The password every account made here starts with. */
    public static final String PASSWORD = "Lianzhao#Test2026";

    private final SignIn signIn;
    private final UserAdminService admin;
    private final DirectoryService directory;

    TestUsers(SignIn signIn, UserAdminService admin, DirectoryService directory) {
        this.signIn = signIn;
        this.admin = admin;
        this.directory = directory;
    }

    /** A new officer of the unit (e.g. {@code INVEST_1}); returns the username. */
    public String officer(String unitCode) {
        return officer(unitCode, "测试专员");
    }

    public String officer(String unitCode, String displayName) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        signIn.as("admin", () -> {
            long unit = directory.units().stream()
                    .filter(u -> u.code().equals(unitCode))
                    .findFirst()
                    .orElseThrow()
                    .id();
            return admin.createUser(new UserCommand(username, displayName, Role.OFFICER, unit, PASSWORD));
        });
        return username;
    }

    public UserRow row(String username) {
        return signIn.as(
                "admin",
                () -> admin.listUsers().stream()
                        .filter(u -> u.username().equals(username))
                        .findFirst()
                        .orElseThrow());
    }

    /** An administrator's password reset; returns the temporary password. */
    public String resetPassword(String username) {
        UserRow user = row(username);
        return signIn.as("admin", () -> admin.resetPassword(user.id(), user.version()));
    }

    public void disable(String username) {
        UserRow user = row(username);
        signIn.as("admin", () -> admin.setEnabled(user.id(), user.version(), false));
    }
}

package com.chainleads.security.service;

import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A database without demo data has no users: the first start creates the administrator {@code admin} with
 * the password from {@code CHAINLEADS_ADMIN_PASSWORD}, or a random one written once to the log. Either way
 * it must be changed at first sign-in.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final String configuredPassword;

    InitialAdministrator(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            Clock clock,
            @Value("${CHAINLEADS_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? passwordPolicy.temporaryPassword() : configuredPassword;
        AppUser admin =
                new AppUser("admin", "系统管理员", passwordEncoder.encode(password), Role.ADMIN, null, clock.instant());
        admin.changePasswordHash(admin.getPasswordHash(), true);
        users.save(admin);
        if (generated) {
            log.warn(
                    "No users yet: created administrator 'admin' with the temporary password {} "
                            + "(set CHAINLEADS_ADMIN_PASSWORD to choose it); it must be changed at first sign-in",
                    password);
        } else {
            log.warn("No users yet: created administrator 'admin' with the password from CHAINLEADS_ADMIN_PASSWORD");
        }
    }
}

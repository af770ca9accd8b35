package com.chainleads.security.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.security.UserSessions;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.domain.OrgUnitRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators keep the user accounts: create, assign unit and role, disable, reset a password. */
@Service
@RolesAllowed(Role.ADMIN_NAME)
@Transactional
public class UserAdminService {

    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");
    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final UserSessions sessions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAdminService(
            AppUserRepository users,
            OrgUnitRepository units,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            UserSessions sessions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserRow> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream()
                .map(UserAdminService::toRow)
                .toList();
    }

    public UserRow createUser(UserCommand command) {
        String username = trimToEmpty(command.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessRuleException("username", "admin.user.error.username");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new BusinessRuleException("username", "admin.user.error.usernameTaken", username);
        }
        String password = command.password() == null ? "" : command.password();
        passwordPolicy.check("password", username, password);
        AppUser user = new AppUser(
                username,
                displayName(command),
                passwordEncoder.encode(password),
                role(command),
                unit(command),
                clock.instant());
        users.save(user);
        events.publishEvent(new DirectoryChanged());
        log.info("User '{}' created with role {}", username, user.getRole());
        return toRow(user);
    }

    /**
     * Changes name, role and unit; refused when someone else changed the user since {@code version}. A new role
     * or unit ends the user's sessions, so what they may see is never decided by a stale sign-in.
     */
    public UserRow updateUser(long id, long version, UserCommand command) {
        AppUser user = load(id, version);
        Role oldRole = user.getRole();
        Long oldUnit = user.getUnit() == null ? null : user.getUnit().getId();
        user.setDisplayName(displayName(command));
        user.setRole(role(command));
        user.setUnit(unit(command));
        Long newUnit = user.getUnit() == null ? null : user.getUnit().getId();
        if (oldRole != user.getRole() || !Objects.equals(oldUnit, newUnit)) {
            sessions.endSessionsAfterCommit(id);
        }
        events.publishEvent(new DirectoryChanged());
        return toRow(users.saveAndFlush(user));
    }

    /** Disabling a user also ends the sessions they are signed in to, once the change is committed. */
    public UserRow setEnabled(long id, long version, boolean enabled) {
        AppUser user = load(id, version);
        user.setEnabled(enabled);
        log.info("User '{}' {}", user.getUsername(), enabled ? "enabled" : "disabled");
        if (!enabled) {
            sessions.endSessionsAfterCommit(id);
        }
        events.publishEvent(new DirectoryChanged());
        return toRow(users.saveAndFlush(user));
    }

    /**
     * Sets a random temporary password, returned once to show to the administrator; it must be changed at the
     * next sign-in. Lifts a lockout and ends the user's current sessions.
     */
    public String resetPassword(long id, long version) {
        AppUser user = load(id, version);
        String temporary = passwordPolicy.temporaryPassword();
        user.changePasswordHash(passwordEncoder.encode(temporary), true);
        user.clearFailedLogins();
        users.saveAndFlush(user);
        sessions.endSessionsAfterCommit(id);
        log.info("Password of user '{}' reset by an administrator", user.getUsername());
        return temporary;
    }

    private AppUser load(long id, long version) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessRuleException("admin.user.error.notFound"));
        if (user.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(AppUser.class, id);
        }
        return user;
    }

    private static String displayName(UserCommand command) {
        String name = trimToEmpty(command.displayName());
        if (name.isEmpty() || name.length() > 100) {
            throw new BusinessRuleException("displayName", "admin.user.error.displayName");
        }
        return name;
    }

    private static Role role(UserCommand command) {
        if (command.role() == null) {
            throw new BusinessRuleException("role", "admin.user.error.role");
        }
        return command.role();
    }

    private @Nullable OrgUnit unit(UserCommand command) {
        if (command.unitId() == null) {
            if (command.role() == Role.OFFICER) {
                throw new BusinessRuleException("unit", "admin.user.error.unitRequired");
            }
            return null;
        }
        return units.findById(command.unitId())
                .orElseThrow(() -> new BusinessRuleException("unit", "admin.user.error.unitRequired"));
    }

    private static String trimToEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    static UserRow toRow(AppUser user) {
        OrgUnit unit = user.getUnit();
        return new UserRow(
                user.getId(),
                user.getVersion(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                unit == null ? null : unit.getId(),
                unit == null ? null : unit.getNameZh(),
                unit == null ? null : unit.getNameEn(),
                user.isEnabled(),
                user.isMustChangePassword(),
                user.getLastLoginAt());
    }
}

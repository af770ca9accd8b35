package com.chainleads.security;

import com.chainleads.base.domain.LocalizedName;
import com.chainleads.security.domain.Role;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as kept in the session: a snapshot of who they are, their role and unit. Services
 * read it (through {@link CurrentUser}) to decide what the user may see and do.
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable Long unitId;
    private final @Nullable String unitNameZh;
    private final @Nullable String unitNameEn;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private @Nullable String passwordHash;

    public AppUserPrincipal(
            long userId,
            String username,
            String displayName,
            Role role,
            @Nullable Long unitId,
            @Nullable String unitNameZh,
            @Nullable String unitNameEn,
            boolean enabled,
            boolean accountNonLocked,
            @Nullable String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.unitNameZh = unitNameZh;
        this.unitNameEn = unitNameEn;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.passwordHash = passwordHash;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean hasRole(Role expected) {
        return role == expected;
    }

    public @Nullable Long unitId() {
        return unitId;
    }

    public String unitName(Locale locale) {
        if (unitNameZh == null || unitNameEn == null) {
            return "";
        }
        LocalizedName name = new LocalizedName() {
            @Override
            public String getNameZh() {
                return unitNameZh;
            }

            @Override
            public String getNameEn() {
                return unitNameEn;
            }
        };
        return name.name(locale);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** {@code false} while the account is locked after repeated failed logins (checked before the password). */
    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUserPrincipal other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + username + ", " + role + "]";
    }
}

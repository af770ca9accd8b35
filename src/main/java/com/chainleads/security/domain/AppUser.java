package com.chainleads.security.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person who signs in to the portal: an officer, a leader or an administrator. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, length = 50, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private @Nullable OrgUnit unit;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_locale", length = 10)
    private @Nullable String preferredLocale;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "failed_login_since")
    private @Nullable Instant failedLoginSince;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected AppUser() {}

    public AppUser(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            @Nullable OrgUnit unit,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.unit = unit;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash, boolean mustChangeAtNextLogin) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangeAtNextLogin;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public @Nullable OrgUnit getUnit() {
        return unit;
    }

    public void setUnit(@Nullable OrgUnit unit) {
        this.unit = unit;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(@Nullable String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** A successful login: remembered, and the count of failed ones starts afresh. */
    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
        clearFailedLogins();
    }

    /**
     * Counts a failed login at {@code now}; failures older than the rule's window no longer count. Returns
     * {@code true} when this failure locks the account.
     */
    public boolean recordFailedLogin(Instant now, LoginLockout rule) {
        if (isLockedAt(now)) {
            return false;
        }
        if (failedLoginSince == null || !now.isBefore(failedLoginSince.plus(rule.window()))) {
            failedLoginSince = now;
            failedLoginCount = 0;
        }
        failedLoginCount++;
        if (failedLoginCount >= rule.maxFailures()) {
            lockedUntil = now.plus(rule.lockDuration());
            failedLoginCount = 0;
            failedLoginSince = null;
            return true;
        }
        return false;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Forgets failed logins and lifts a lock (a successful login, or an administrator's password reset). */
    public void clearFailedLogins() {
        failedLoginCount = 0;
        failedLoginSince = null;
        lockedUntil = null;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }
}

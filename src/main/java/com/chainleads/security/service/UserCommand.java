package com.chainleads.security.service;

import com.chainleads.security.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a user. {@code password} is only used when creating one.
 */
public record UserCommand(
        @Nullable String username,
        @Nullable String displayName,
        @Nullable Role role,
        @Nullable Long unitId,
        @Nullable String password) {}

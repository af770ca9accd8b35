package com.chainleads.security.service;

import org.jspecify.annotations.Nullable;

/** A user as offered in selects, e.g. the owner of a lead. */
public record UserOption(
        long id,
        String username,
        String displayName,
        @Nullable Long unitId) {}

package com.chainleads.security.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.security.domain.Role;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A user as listed in the administration grid. */
public record UserRow(
        long id,
        long version,
        String username,
        String displayName,
        Role role,
        @Nullable Long unitId,
        @Nullable String unitNameZh,
        @Nullable String unitNameEn,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable Instant lastLoginAt) {

    public String unitName(Locale locale) {
        String name = AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
        return name == null ? "" : name;
    }
}

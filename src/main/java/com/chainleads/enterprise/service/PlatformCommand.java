package com.chainleads.enterprise.service;

import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.PlatformType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An innovation platform as entered. */
public record PlatformCommand(
        @Nullable String name,
        @Nullable PlatformType type,
        @Nullable PlatformLevel level,
        @Nullable LocalDate recognisedOn) {}

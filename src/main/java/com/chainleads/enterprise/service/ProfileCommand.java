package com.chainleads.enterprise.service;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An enterprise's own fields as entered on its page; {@code officerId} is its 服务专员 (none when null). */
public record ProfileCommand(
        @Nullable String name,
        @Nullable String creditCode,
        @Nullable Long sectorId,
        Set<Long> linkIds,
        boolean aboveScale,
        @Nullable BigDecimal annualOutputWan,
        @Nullable Integer jobs,
        @Nullable Long officerId) {

    /** A profile without a 服务专员. */
    public ProfileCommand(
            @Nullable String name,
            @Nullable String creditCode,
            @Nullable Long sectorId,
            Set<Long> linkIds,
            boolean aboveScale,
            @Nullable BigDecimal annualOutputWan,
            @Nullable Integer jobs) {
        this(name, creditCode, sectorId, linkIds, aboveScale, annualOutputWan, jobs, null);
    }

    /** The same profile with {@code officer} as its 服务专员. */
    public ProfileCommand withOfficer(@Nullable Long officer) {
        return new ProfileCommand(name, creditCode, sectorId, linkIds, aboveScale, annualOutputWan, jobs, officer);
    }
}

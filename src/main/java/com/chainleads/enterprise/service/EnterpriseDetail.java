package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.PlatformType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One enterprise of the library with everything its page shows. */
public record EnterpriseDetail(
        long id,
        long version,
        ProfileCommand profile,
        List<TierLine> tiers,
        List<PlatformLine> platforms,
        List<IndicatorLine> indicators) {

    /** A tier held or once held; {@code current} when held today. */
    public record TierLine(
            long id,
            long version,
            CultivationTier tier,
            LocalDate grantedOn,
            LocalDate validUntil,
            @Nullable String certificateNo,
            boolean current) {}

    public record PlatformLine(
            long id,
            long version,
            String name,
            PlatformType type,
            PlatformLevel level,
            @Nullable LocalDate recognisedOn) {}

    public record IndicatorLine(long id, long version, IndicatorsCommand figures) {}

    public Set<Long> linkIds() {
        return profile.linkIds();
    }

    public @Nullable BigDecimal annualOutputWan() {
        return profile.annualOutputWan();
    }
}

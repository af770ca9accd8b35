package com.chainleads.enterprise.domain;

import com.chainleads.chain.domain.CultivationTier;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate due for renewal, with the firm's 服务专员 (null when it has none or they left). */
public record ExpiringCertificate(
        long enterpriseId,
        String enterpriseName,
        CultivationTier tier,
        LocalDate validUntil,
        @Nullable Long officerId) {}

package com.chainleads.enterprise.domain;

import com.chainleads.chain.domain.CultivationTier;

/** How many enterprises of a tier (a grouped query's row). */
public record TierCount(CultivationTier tier, long enterprises) {}

package com.chainleads.enterprise.domain;

import com.chainleads.chain.domain.CultivationTier;

/** One tier one enterprise holds (a query's row). */
public record EnterpriseTier(long enterpriseId, CultivationTier tier) {}

package com.chainleads.chain.domain;

import org.jspecify.annotations.Nullable;

/** How many local enterprises on one chain link hold {@code tier} as their top tier ({@code null}: none). */
public record LinkTierCount(long chainLinkId, @Nullable CultivationTier tier, long count) {}

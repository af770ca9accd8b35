package com.chainleads.chain.service;

import com.chainleads.chain.domain.ChainTier;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a chain link: its names and where it sits (上游 / 中游 / 下游). */
public record LinkCommand(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable ChainTier tier) {}

package com.chainleads.chain.domain;

/** Where a link sits in its chain: 上游, 中游 or 下游. */
public enum ChainTier {
    UPSTREAM,
    MIDSTREAM,
    DOWNSTREAM;

    public String translationKey() {
        return "chain.tier." + name();
    }
}

package com.chainleads.chain.service;

/** How strong the district already is on a chain link, from its local enterprises: 强, 弱 or 缺 (a gap). */
public enum LinkStrength {
    STRONG,
    WEAK,
    MISSING;

    public String translationKey() {
        return "map.strength." + name();
    }
}

package com.chainleads.chain.service;

/**
 * How strong the district already is on a chain link, from the tier-weighted score of its local enterprises: 强,
 * 弱 or 缺. A missing link next to a strong one is a 延链 direction, any other one a 补链 gap ({@link MapNode#role}).
 */
public enum LinkStrength {
    STRONG,
    WEAK,
    MISSING;

    public String translationKey() {
        return "map.strength." + name();
    }
}

package com.chainleads.chain.service;

/**
 * What the chain work on a link is: 强链 (grow the strong firms there), 弱链 (some firms, not yet strong), 延链 (no
 * firm yet, but next to a strong link along an edge: extend the chain from it) or 补链 (a gap: bring investors).
 */
public enum LinkRole {
    STRONG,
    WEAK,
    EXTEND,
    GAP;

    public String translationKey() {
        return "map.role." + name();
    }

    /** The CSS class suffix shared by the chart legend, the summary badges and the panel. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

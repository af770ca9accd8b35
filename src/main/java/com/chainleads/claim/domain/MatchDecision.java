package com.chainleads.claim.domain;

/** What the matcher concludes about two investors. */
public enum MatchDecision {
    /** The same enterprise: a second report on it is a 撞单 and goes to a leader. */
    SAME,
    /** Close enough that a person should look (same brand, other region, likely typo); not a 撞单 by itself. */
    SIMILAR,
    /** Different enterprises. */
    DIFFERENT;

    public String translationKey() {
        return "practice.match." + name();
    }
}

package com.chainleads.lead.domain;

/** Qualification tags of the investor. */
public enum QualificationTag {
    FORTUNE_GLOBAL_500,
    CHINA_TOP_500,
    LISTED,
    UNICORN,
    LITTLE_GIANT,
    SPECIALIZED,
    HIGH_TECH,
    TECH_SME;

    public String translationKey() {
        return "lead.qualification." + name();
    }
}

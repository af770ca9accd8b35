package com.chainleads.enterprise.domain;

/** The kinds of innovation platform (创新平台) the district counts. */
public enum PlatformType {
    KEY_LABORATORY,
    ENGINEERING_RESEARCH_CENTER,
    ENTERPRISE_TECH_CENTER,
    NEW_RD_INSTITUTION,
    INCUBATOR,
    MAKERSPACE,
    OTHER;

    public String translationKey() {
        return "enterprise.platformType." + name();
    }
}

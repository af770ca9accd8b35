package com.chainleads.lead.domain;

/** Where the investor comes from. */
public enum OriginRegion {
    JING_JIN_JI,
    YANGTZE_DELTA,
    PEARL_DELTA,
    CHENG_YU,
    CENTRAL,
    NORTHEAST,
    WESTERN,
    LOCAL,
    OVERSEAS;

    public String translationKey() {
        return "lead.region." + name();
    }
}

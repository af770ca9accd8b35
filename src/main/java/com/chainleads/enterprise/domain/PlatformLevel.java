package com.chainleads.enterprise.domain;

/** Who recognised an innovation platform: 国家级, 省级, 市级. */
public enum PlatformLevel {
    NATIONAL,
    PROVINCIAL,
    CITY;

    public String translationKey() {
        return "enterprise.platformLevel." + name();
    }
}

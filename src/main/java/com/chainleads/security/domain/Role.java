package com.chainleads.security.domain;

/**
 * The roles of the portal. The string constants are for {@code @RolesAllowed}. {@link #TECH_OFFICE} is the 科技科:
 * it keeps the enterprise library (tiers, platforms, yearly figures) beside the administrators.
 */
public enum Role {
    OFFICER,
    LEADER,
    ADMIN,
    TECH_OFFICE;

    public static final String OFFICER_NAME = "OFFICER";
    public static final String LEADER_NAME = "LEADER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String TECH_OFFICE_NAME = "TECH_OFFICE";

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name();
    }
}

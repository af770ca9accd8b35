package com.chainleads.security.domain;

/** The three roles of the portal. The string constants are for {@code @RolesAllowed}. */
public enum Role {
    OFFICER, LEADER, ADMIN;

    public static final String OFFICER_NAME = "OFFICER";
    public static final String LEADER_NAME = "LEADER";
    public static final String ADMIN_NAME = "ADMIN";

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name();
    }
}

package com.chainleads.lead.service;

/** One thing a user may do with a lead; {@link LeadAccess} decides which of them a user holds. */
public enum LeadPermission {
    EDIT,
    CHANGE_STAGE,
    FOLLOW_UP,
    HAND_OVER,
    COMMENT,
    DELETE
}

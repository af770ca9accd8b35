package com.chainleads.lead.service;

import org.jspecify.annotations.Nullable;

/** Hand a lead over to an officer of a unit. */
public record HandoverRequest(
        @Nullable Long ownerId,
        @Nullable Long unitId,
        @Nullable String reason) {

    /** The longest reason a handover keeps. */
    public static final int MAX_REASON = 500;
}

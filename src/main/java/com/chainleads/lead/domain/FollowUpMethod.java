package com.chainleads.lead.domain;

/** How a follow-up happened. */
public enum FollowUpMethod {
    PHONE,
    VISIT,
    INSPECTION,
    MEETING,
    ONLINE;

    public String translationKey() {
        return "lead.followUpMethod." + name();
    }
}

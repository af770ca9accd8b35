package com.chainleads.lead.domain;

/** How the lead came in (招商渠道). */
public enum LeadChannel {
    SELF,
    BUSINESS_REFERRAL,
    REFERRER,
    RESIDENT,
    EXPO,
    FUND,
    CHAIN_LEADER,
    OPEN_CALL;

    public String translationKey() {
        return "lead.channel." + name();
    }
}

package com.chainleads.lead.domain;

/** What lead aggregates can be grouped by. */
public enum LeadGrouping {
    SECTOR,
    STAGE,
    FURTHEST_STAGE,
    REGION,
    CHANNEL,
    PROJECT_TYPE,
    /** Chain link id and stage, as key {@code "<link id>|<STAGE>"}; leads without a link are left out. */
    CHAIN_LINK_AND_STAGE
}

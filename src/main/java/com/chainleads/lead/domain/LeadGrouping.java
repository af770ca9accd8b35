package com.chainleads.lead.domain;

/** What lead aggregates can be grouped by. */
public enum LeadGrouping {
    SECTOR, STAGE, FURTHEST_STAGE, REGION, CHANNEL, PROJECT_TYPE
}

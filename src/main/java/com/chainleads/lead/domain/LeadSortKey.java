package com.chainleads.lead.domain;

import java.util.Arrays;
import java.util.Optional;

/** The columns the lead list may be sorted by: an allowlist, so no sort key ever reaches SQL unchecked. */
public enum LeadSortKey {
    LEAD_NO("leadNo"),
    PROJECT("projectName"),
    INVESTOR("investorName"),
    SECTOR("sector"),
    CHAIN_LINK("chainLink"),
    STAGE("stage"),
    TOTAL_INVESTMENT("totalInvestment"),
    OWNER("owner"),
    UNIT("unit"),
    NEXT_FOLLOW_UP("nextFollowUpOn"),
    UPDATED("updatedAt"),
    FIRST_REPORTED("firstReportedAt"),
    LAST_ACTIVITY("lastActivityOn");

    private final String property;

    LeadSortKey(String property) {
        this.property = property;
    }

    /** The name used in grids, URLs and Spring Data sorts. */
    public String property() {
        return property;
    }

    public static Optional<LeadSortKey> of(String property) {
        return Arrays.stream(values())
                .filter(key -> key.property.equals(property))
                .findFirst();
    }
}

package com.chainleads.lead.summary;

import com.chainleads.lead.domain.LeadEvent;
import com.chainleads.lead.domain.LeadGrouping;

/**
 * What a row of {@code lead_summary_period} counts: leads by the day of an event (first report, signing,
 * landing), or the cohort of leads first reported on a day by one of their values (origin region, channel,
 * project type, furthest stage). The amount is the signed amount for {@link #SIGNED}, the planned investment
 * otherwise.
 */
public enum PeriodKind {
    REPORTED,
    SIGNED,
    LANDED,
    REGION,
    CHANNEL,
    PROJECT_TYPE,
    FURTHEST;

    public static PeriodKind of(LeadEvent event) {
        return switch (event) {
            case REPORTED -> REPORTED;
            case SIGNED -> SIGNED;
            case LANDED -> LANDED;
        };
    }

    /** The cohort kind of a grouping; only region, channel, project type and furthest stage have one. */
    public static PeriodKind of(LeadGrouping grouping) {
        return switch (grouping) {
            case REGION -> REGION;
            case CHANNEL -> CHANNEL;
            case PROJECT_TYPE -> PROJECT_TYPE;
            case FURTHEST_STAGE -> FURTHEST;
            default -> throw new IllegalArgumentException("Not a cohort grouping: " + grouping);
        };
    }
}

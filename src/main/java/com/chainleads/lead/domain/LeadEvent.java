package com.chainleads.lead.domain;

/** The dated events in a lead's life that the cockpit counts per period. */
public enum LeadEvent {
    /** First reported (首报), on the day of the district's clock. */
    REPORTED,
    /** Signed (签约), on its signing date; its amount is the signed amount. */
    SIGNED,
    /** Landed: first reached 注册落地, on that day. */
    LANDED
}

package com.chainleads.notification.domain;

/** What a notification is about; decides its icon and the label in the list. */
public enum NoticeType {
    /** Someone else filed a claim (撞单) on an investor this user's unit reported first — or a leader must rule. */
    CLAIM_FILED,
    /** A leader ruled on a 撞单 claim the user is party to. */
    CLAIM_RULED,
    /** A lead was handed over to (or away from) the user. */
    LEAD_HANDED_OVER,
    /** The first-report protection window of a lead has ended. */
    FIRST_REPORT_EXPIRED,
    /** A lead had no follow-up for 60 days (超期, on the supervision list). */
    FOLLOW_UP_OVERDUE,
    /** A lead had no follow-up for 30 days (预警). */
    FOLLOW_UP_STALE,
    /** A new lead was not screened (研判) within 3 working days. */
    SCREENING_OVERDUE,
    /** An import the user started has ended (imported, refused or failed); it ran on after they left the page. */
    IMPORT_FINISHED,
    /** A firm's tier certificate (高新, 专精特新…) runs out within six months and is not yet renewed. */
    CERTIFICATE_EXPIRING,
    /** A coordination issue of a signed project passed its deadline unsolved (问题逾期). */
    ISSUE_OVERDUE,
    /** Anything else, e.g. a message from the administrator. */
    GENERAL;

    public String translationKey() {
        return "notice.type." + name();
    }
}

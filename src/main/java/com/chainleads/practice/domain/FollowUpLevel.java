package com.chainleads.practice.domain;

/** How long an active lead has gone without a follow-up, by the response clocks. */
public enum FollowUpLevel {
    /** Followed up recently enough. */
    CURRENT,
    /** 预警: no follow-up for the stale days (30 by default). */
    STALE,
    /** 超期: no follow-up for the overdue days (60 by default); the lead goes on the leaders' supervision list. */
    OVERDUE
}

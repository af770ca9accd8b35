package com.chainleads.cockpit.service;

import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.service.LeadFilter;
import java.util.List;

/** An officer's own to-dos (我的待办): leads breaking the clocks and follow-ups due soon or missed. */
public record MyTodo(
        Section overdue, Section stale, Section lateScreening, Section missedFollowUps, Section upcomingFollowUps) {

    /** Up to a page of leads, how many there are in all, and the list filter showing all of them. */
    public record Section(List<LeadRow> leads, long total, LeadFilter filter) {}

    public long attentionCount() {
        return overdue.total() + stale.total() + lateScreening.total() + missedFollowUps.total();
    }
}

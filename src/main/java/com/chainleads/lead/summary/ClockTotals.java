package com.chainleads.lead.summary;

import com.chainleads.lead.domain.OwnerClockCounts;

/**
 * One officer's sums from the summary tables that the response clocks are counted from, without reading old
 * rows: overdue = all active leads − those active since the overdue day; stale = active leads whose last
 * activity lies in the stale window; late screening = all leads at 线索登记 − those reported after the last day
 * whose screening deadline has passed.
 *
 * @param activeTotal active leads (owner table)
 * @param activeAfterOverdueDay active leads with their last activity after the overdue day
 * @param activeInStaleWindow of those, the ones with their last activity on or before the stale day
 * @param registeredTotal leads at 线索登记 (owner table)
 * @param registeredAfterLateDay of those, the ones first reported after the late-screening day
 */
public record ClockTotals(
        long unitId,
        String unitNameZh,
        String unitNameEn,
        long ownerId,
        String ownerUsername,
        String ownerName,
        long activeTotal,
        long activeAfterOverdueDay,
        long activeInStaleWindow,
        long registeredTotal,
        long registeredAfterLateDay) {

    public long overdue() {
        return activeTotal - activeAfterOverdueDay;
    }

    public long stale() {
        return activeInStaleWindow;
    }

    public long lateScreening() {
        return registeredTotal - registeredAfterLateDay;
    }

    public OwnerClockCounts counts() {
        return new OwnerClockCounts(
                unitId, unitNameZh, unitNameEn, ownerId, ownerUsername, ownerName, overdue(), stale(), lateScreening());
    }
}

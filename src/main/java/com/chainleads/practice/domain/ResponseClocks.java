package com.chainleads.practice.domain;

import com.chainleads.lead.domain.LeadStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The response clocks of the rules of practice: a new lead is screened (研判) within a few working days; an active
 * lead with no follow-up for {@code staleDays} is stale (预警), for {@code overdueDays} overdue (超期). Days are
 * calendar days in the district's zone, counted from the last follow-up — or from the first report when there was
 * none. Pure; the numbers come from the settings.
 */
public final class ResponseClocks {

    private final int staleDays;
    private final int overdueDays;
    private final int screeningWorkingDays;

    public ResponseClocks(int staleDays, int overdueDays, int screeningWorkingDays) {
        if (staleDays <= 0 || overdueDays <= staleDays || screeningWorkingDays <= 0) {
            throw new IllegalArgumentException("Need 0 < stale days < overdue days and screening days > 0");
        }
        this.staleDays = staleDays;
        this.overdueDays = overdueDays;
        this.screeningWorkingDays = screeningWorkingDays;
    }

    public int staleDays() {
        return staleDays;
    }

    public int overdueDays() {
        return overdueDays;
    }

    public int screeningWorkingDays() {
        return screeningWorkingDays;
    }

    /** The day the lead went quiet: its last follow-up, else its first report. */
    public static LocalDate quietSince(LocalDate firstReportedOn, @Nullable LocalDate lastFollowUpOn) {
        return lastFollowUpOn == null || lastFollowUpOn.isBefore(firstReportedOn) ? firstReportedOn : lastFollowUpOn;
    }

    /** Stale or overdue on {@code today}; leads that are not active (暂缓, 终止, 达产) never are. */
    public FollowUpLevel level(LeadStage stage, LocalDate firstReportedOn, @Nullable LocalDate lastFollowUpOn,
            LocalDate today) {
        if (!stage.isActive()) {
            return FollowUpLevel.CURRENT;
        }
        long quietDays = ChronoUnit.DAYS.between(quietSince(firstReportedOn, lastFollowUpOn), today);
        if (quietDays >= overdueDays) {
            return FollowUpLevel.OVERDUE;
        }
        return quietDays >= staleDays ? FollowUpLevel.STALE : FollowUpLevel.CURRENT;
    }

    /** The last day on which a lead first reported on {@code reportedOn} should be screened. */
    public LocalDate screeningDue(LocalDate reportedOn) {
        return WorkingDays.after(reportedOn, screeningWorkingDays);
    }

    /** Still at 线索登记 after its screening day. */
    public boolean screeningLate(LeadStage stage, LocalDate reportedOn, LocalDate today) {
        return stage == LeadStage.REGISTERED && today.isAfter(screeningDue(reportedOn));
    }
}

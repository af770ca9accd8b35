package com.chainleads.construction.domain;

/**
 * Where a whole project stands on a day: the worst of its milestones not yet reached — which is always the one
 * with the earliest planned date, so the status follows from that one date (see {@link ScheduleClock}).
 * 无计划 when no open milestone has a planned date, 已完成 when every milestone of the plan is reached.
 */
public enum ProjectStatus {
    NO_PLAN,
    ON_SCHEDULE,
    DELAYED,
    SEVERELY_DELAYED,
    COMPLETED;

    public String translationKey() {
        return "construction.projectStatus." + name();
    }
}

package com.chainleads.construction.domain;

/**
 * Where one milestone stands on a day. Not reached: 未计划 (no planned date), 按期 (the planned date is today or
 * later), 滞后 (past it by 1 … N days), 严重滞后 (past it by more than N days). Reached: 按期完成 (on or before the
 * planned date, or without one) or 延期完成 (after it) — a milestone reached late no longer makes the project late.
 */
public enum MilestoneStatus {
    NOT_PLANNED,
    ON_SCHEDULE,
    DELAYED,
    SEVERELY_DELAYED,
    DONE_ON_TIME,
    DONE_LATE;

    public boolean isReached() {
        return this == DONE_ON_TIME || this == DONE_LATE;
    }

    public String translationKey() {
        return "construction.status." + name();
    }
}

package com.chainleads.construction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleClockTest {

    private static final LocalDate PLANNED = LocalDate.of(2026, 5, 10);
    private final ScheduleClock clock = new ScheduleClock(30);

    @Test
    void aMilestoneNotReachedIsOnScheduleTheDayBeforeAndOnItsPlannedDate() {
        assertThat(clock.status(PLANNED, null, PLANNED.minusDays(1))).isEqualTo(MilestoneStatus.ON_SCHEDULE);
        assertThat(clock.status(PLANNED, null, PLANNED)).isEqualTo(MilestoneStatus.ON_SCHEDULE);
    }

    @Test
    void theDayAfterItsPlannedDateItIsDelayed() {
        assertThat(clock.status(PLANNED, null, PLANNED.plusDays(1))).isEqualTo(MilestoneStatus.DELAYED);
    }

    @Test
    void exactlyNDaysLateIsStillDelayedAndOneMoreDayIsSeverelyDelayed() {
        assertThat(clock.status(PLANNED, null, PLANNED.plusDays(30))).isEqualTo(MilestoneStatus.DELAYED);
        assertThat(clock.status(PLANNED, null, PLANNED.plusDays(31))).isEqualTo(MilestoneStatus.SEVERELY_DELAYED);
    }

    @Test
    void theSevereThresholdIsConfigurable() {
        ScheduleClock strict = new ScheduleClock(7);
        assertThat(strict.status(PLANNED, null, PLANNED.plusDays(7))).isEqualTo(MilestoneStatus.DELAYED);
        assertThat(strict.status(PLANNED, null, PLANNED.plusDays(8))).isEqualTo(MilestoneStatus.SEVERELY_DELAYED);
        assertThatThrownBy(() -> new ScheduleClock(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReachedMilestoneIsDoneOnTimeUpToItsPlannedDateAndDoneLateAfterIt() {
        LocalDate today = PLANNED.plusDays(100);
        assertThat(clock.status(PLANNED, PLANNED, today)).isEqualTo(MilestoneStatus.DONE_ON_TIME);
        assertThat(clock.status(PLANNED, PLANNED.minusDays(3), today)).isEqualTo(MilestoneStatus.DONE_ON_TIME);
        assertThat(clock.status(PLANNED, PLANNED.plusDays(1), today)).isEqualTo(MilestoneStatus.DONE_LATE);
        assertThat(clock.status(null, PLANNED, today)).isEqualTo(MilestoneStatus.DONE_ON_TIME);
    }

    @Test
    void withoutAPlannedDateAnOpenMilestoneIsNotPlanned() {
        assertThat(clock.status(null, null, PLANNED)).isEqualTo(MilestoneStatus.NOT_PLANNED);
    }

    @Test
    void theProjectTakesTheWorstOpenMilestoneAndAMilestoneReachedLateNoLongerCounts() {
        LocalDate today = PLANNED.plusDays(40);
        List<ScheduleClock.Dates> lines = List.of(
                new ScheduleClock.Dates(PLANNED.minusDays(60), PLANNED), // reached late
                new ScheduleClock.Dates(PLANNED.plusDays(5), null), // 35 days late: severe
                new ScheduleClock.Dates(PLANNED.plusDays(20), null), // 20 days late
                new ScheduleClock.Dates(null, null));

        assertThat(ScheduleClock.earliestOpenPlanned(lines)).isEqualTo(PLANNED.plusDays(5));
        assertThat(clock.projectStatus(lines, today)).isEqualTo(ProjectStatus.SEVERELY_DELAYED);
        assertThat(clock.projectStatus(lines, PLANNED.plusDays(6))).isEqualTo(ProjectStatus.DELAYED);
        assertThat(clock.projectStatus(lines, PLANNED)).isEqualTo(ProjectStatus.ON_SCHEDULE);
    }

    @Test
    void aProjectWithoutPlannedDatesHasNoPlanAndOneWithEveryMilestoneReachedIsCompleted() {
        assertThat(clock.projectStatus(List.of(new ScheduleClock.Dates(null, null)), PLANNED))
                .isEqualTo(ProjectStatus.NO_PLAN);
        assertThat(clock.projectStatus(List.of(new ScheduleClock.Dates(PLANNED, PLANNED.plusDays(90))), PLANNED))
                .isEqualTo(ProjectStatus.COMPLETED);
    }
}

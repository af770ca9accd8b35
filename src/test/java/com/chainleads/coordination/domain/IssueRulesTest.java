package com.chainleads.coordination.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.FieldProblem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssueRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void anOpenIssueIsOverdueFromTheDayAfterItsDeadline() {
        assertThat(IssueRules.isOverdue(IssueStatus.ASSIGNED, TODAY, TODAY))
                .as("the deadline day")
                .isFalse();
        assertThat(IssueRules.isOverdue(IssueStatus.ASSIGNED, TODAY.minusDays(1), TODAY))
                .isTrue();
        assertThat(IssueRules.isOverdue(IssueStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY))
                .isTrue();
        assertThat(IssueRules.isOverdue(IssueStatus.IN_PROGRESS, TODAY.plusDays(1), TODAY))
                .isFalse();
    }

    @Test
    void aClosedIssueIsNeverOverdue() {
        assertThat(IssueRules.isOverdue(IssueStatus.DONE, TODAY.minusDays(30), TODAY))
                .isFalse();
        assertThat(IssueRules.daysOverdue(IssueStatus.DONE, TODAY.minusDays(30), TODAY))
                .isZero();
    }

    @Test
    void daysOverdueCountFromTheDeadline() {
        assertThat(IssueRules.daysOverdue(IssueStatus.ASSIGNED, TODAY, TODAY)).isZero();
        assertThat(IssueRules.daysOverdue(IssueStatus.ASSIGNED, TODAY.minusDays(1), TODAY))
                .isEqualTo(1);
        assertThat(IssueRules.daysOverdue(IssueStatus.IN_PROGRESS, TODAY.minusDays(45), TODAY))
                .isEqualTo(45);
    }

    @Test
    void statusesMoveForwardOnlyAndOnlyAClosedIssueIsReopened() {
        assertThat(IssueStatus.ASSIGNED.canMoveTo(IssueStatus.IN_PROGRESS)).isTrue();
        assertThat(IssueStatus.ASSIGNED.canMoveTo(IssueStatus.DONE)).isTrue();
        assertThat(IssueStatus.IN_PROGRESS.canMoveTo(IssueStatus.DONE)).isTrue();
        assertThat(IssueStatus.IN_PROGRESS.canMoveTo(IssueStatus.ASSIGNED)).isFalse();
        assertThat(IssueStatus.DONE.canMoveTo(IssueStatus.IN_PROGRESS)).isFalse();
        assertThat(IssueStatus.ASSIGNED.canMoveTo(IssueStatus.ASSIGNED)).isFalse();
        assertThat(IssueStatus.DONE.canReopen()).isTrue();
        assertThat(IssueStatus.IN_PROGRESS.canReopen()).isFalse();
    }

    @Test
    void closingNeedsAReply() {
        assertThat(IssueRules.checkMove(IssueStatus.IN_PROGRESS, IssueStatus.DONE, "  "))
                .containsExactly(new FieldProblem("reply", "coordination.error.replyToClose"));
        assertThat(IssueRules.checkMove(IssueStatus.IN_PROGRESS, IssueStatus.DONE, "已完成供地"))
                .isEmpty();
        assertThat(IssueRules.checkMove(IssueStatus.ASSIGNED, IssueStatus.IN_PROGRESS, ""))
                .isEmpty();
    }

    @Test
    void aMoveBackwardsOrOfAClosedIssueIsRefusedAtTheStatus() {
        assertThat(IssueRules.checkMove(IssueStatus.IN_PROGRESS, IssueStatus.ASSIGNED, "x"))
                .containsExactly(new FieldProblem("status", "coordination.error.backwards"));
        assertThat(IssueRules.checkMove(IssueStatus.DONE, IssueStatus.IN_PROGRESS, "x"))
                .containsExactly(new FieldProblem("status", "coordination.error.closed"));
        assertThat(IssueRules.checkMove(IssueStatus.IN_PROGRESS, IssueStatus.IN_PROGRESS, "进展"))
                .as("staying updates the reply")
                .isEmpty();
    }

    @Test
    void aReplyLongerThanTheLimitIsRefused() {
        assertThat(IssueRules.checkMove(IssueStatus.IN_PROGRESS, IssueStatus.DONE, "答".repeat(1001)))
                .containsExactly(new FieldProblem("reply", "coordination.error.tooLong", 1000));
    }

    @Test
    void aDeadlineBeforeTodayIsRefusedWhenSetButAnUnchangedOneStays() {
        assertThat(IssueRules.checkIssue(IssueType.LAND, 1L, TODAY.minusDays(1), "供地指标未落实", null, TODAY))
                .containsExactly(new FieldProblem("deadline", "coordination.error.deadlinePast"));
        assertThat(IssueRules.checkIssue(IssueType.LAND, 1L, TODAY, "供地指标未落实", null, TODAY))
                .as("today is allowed")
                .isEmpty();
        assertThat(IssueRules.checkIssue(IssueType.LAND, 1L, TODAY.minusDays(5), "供地指标未落实", TODAY.minusDays(5), TODAY))
                .as("an overdue issue edited without moving its deadline")
                .isEmpty();
    }

    @Test
    void theDescriptionHasLimitsAndEveryFieldIsRequired() {
        assertThat(IssueRules.checkIssue(IssueType.LAND, 1L, TODAY, "太短", null, TODAY))
                .containsExactly(new FieldProblem("description", "coordination.error.tooShort", 5));
        assertThat(IssueRules.checkIssue(IssueType.LAND, 1L, TODAY, "问".repeat(1001), null, TODAY))
                .containsExactly(new FieldProblem("description", "coordination.error.tooLong", 1000));
        assertThat(IssueRules.checkIssue(null, null, null, " ", null, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("type", "departmentId", "deadline", "description");
    }

    @Test
    void aNoteIsRequiredAndLimited() {
        assertThat(IssueRules.checkNote(" ")).containsExactly(new FieldProblem("note", "coordination.error.required"));
        assertThat(IssueRules.checkNote("批".repeat(501)))
                .containsExactly(new FieldProblem("note", "coordination.error.tooLong", 500));
        assertThat(IssueRules.checkNote("请自然资源局本周内答复")).isEmpty();
    }
}

package com.chainleads.coordination.domain;

import com.chainleads.base.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a coordination issue, pure so they are tested without Spring: the overdue clock (逾期: open and
 * past its deadline; the deadline day itself is still in time), the input limits and the moves. Field names are
 * those of the forms ({@code type}, {@code departmentId}, {@code deadline}, {@code description}, {@code status},
 * {@code reply}, {@code note}).
 */
public final class IssueRules {

    public static final int MIN_DESCRIPTION = 5;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_REPLY = 1000;
    public static final int MAX_NOTE = 500;

    private IssueRules() {}

    public static boolean isOverdue(IssueStatus status, LocalDate deadline, LocalDate today) {
        return status.isOpen() && deadline.isBefore(today);
    }

    /** Days past the deadline on {@code today}, 0 when not overdue. */
    public static long daysOverdue(IssueStatus status, LocalDate deadline, LocalDate today) {
        return isOverdue(status, deadline, today) ? java.time.temporal.ChronoUnit.DAYS.between(deadline, today) : 0;
    }

    /**
     * The problems of an issue as raised or edited. The deadline may not be before today when it is set (raised, or
     * changed by an edit); an unchanged deadline of an issue already overdue stays as it is.
     */
    public static List<FieldProblem> checkIssue(
            @Nullable IssueType type,
            @Nullable Long departmentId,
            @Nullable LocalDate deadline,
            @Nullable String description,
            @Nullable LocalDate previousDeadline,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "coordination.error.required"));
        }
        if (departmentId == null) {
            problems.add(new FieldProblem("departmentId", "coordination.error.required"));
        }
        if (deadline == null) {
            problems.add(new FieldProblem("deadline", "coordination.error.required"));
        } else if (deadline.isBefore(today) && !deadline.equals(previousDeadline)) {
            problems.add(new FieldProblem("deadline", "coordination.error.deadlinePast"));
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("description", "coordination.error.required"));
        } else if (text.length() < MIN_DESCRIPTION) {
            problems.add(new FieldProblem("description", "coordination.error.tooShort", MIN_DESCRIPTION));
        } else if (text.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "coordination.error.tooLong", MAX_DESCRIPTION));
        }
        return problems;
    }

    /**
     * The problems of a move from {@code from} to {@code target} with the reply as entered: forward only (or staying
     * to update the reply of an open issue), a reply to close, the reply's length.
     */
    public static List<FieldProblem> checkMove(IssueStatus from, @Nullable IssueStatus target, @Nullable String reply) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = reply == null ? "" : reply.strip();
        if (target == null) {
            problems.add(new FieldProblem("status", "coordination.error.required"));
        } else if (!from.isOpen()) {
            problems.add(new FieldProblem("status", "coordination.error.closed"));
        } else if (target != from && !from.canMoveTo(target)) {
            problems.add(new FieldProblem("status", "coordination.error.backwards"));
        } else if (target == IssueStatus.DONE && text.isEmpty()) {
            problems.add(new FieldProblem("reply", "coordination.error.replyToClose"));
        }
        if (text.length() > MAX_REPLY) {
            problems.add(new FieldProblem("reply", "coordination.error.tooLong", MAX_REPLY));
        }
        return problems;
    }

    /** A re-opening's reason, or a leader's instruction: required, at most {@value #MAX_NOTE} characters. */
    public static List<FieldProblem> checkNote(@Nullable String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            return List.of(new FieldProblem("note", "coordination.error.required"));
        }
        if (text.length() > MAX_NOTE) {
            return List.of(new FieldProblem("note", "coordination.error.tooLong", MAX_NOTE));
        }
        return List.of();
    }
}

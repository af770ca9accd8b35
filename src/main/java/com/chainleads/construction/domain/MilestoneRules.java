package com.chainleads.construction.domain;

import com.chainleads.base.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a milestone's dates, checked by the service on every save (the form shows each problem at its
 * field). An actual date may not lie in the future nor before the project's signing date. Order: milestones are
 * reached in the plan's order, so an actual date earlier than that of an earlier milestone, or later than that of
 * a later one, is refused. A later milestone may be reached while an earlier one has no actual date yet (a permit
 * is often recorded after the ground-breaking, 注册 may have happened elsewhere): that is allowed, and checked
 * once the earlier date is entered. A planned date may not lie before the signing date either; planned dates are
 * otherwise free (plans change).
 */
public final class MilestoneRules {

    /** One line of the plan in the plan's order: the kind's names and its dates after the change. */
    public record Line(
            KindName kind,
            @Nullable LocalDate plannedOn,
            @Nullable LocalDate actualOn) {}

    public static final int MAX_NOTE = 500;

    private MilestoneRules() {}

    /**
     * Problems of the line at {@code index} of {@code plan} (the plan in order, with the line's new dates).
     *
     * @param signedOn the lead's signing date, when it has one
     */
    public static List<FieldProblem> check(
            List<Line> plan, int index, @Nullable LocalDate signedOn, LocalDate today, @Nullable String note) {
        List<FieldProblem> problems = new ArrayList<>();
        Line line = plan.get(index);
        if (line.plannedOn() != null && signedOn != null && line.plannedOn().isBefore(signedOn)) {
            problems.add(new FieldProblem("plannedOn", "construction.error.plannedBeforeSigning", signedOn));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "construction.error.noteTooLong", MAX_NOTE));
        }
        LocalDate actual = line.actualOn();
        if (actual == null) {
            return problems;
        }
        if (actual.isAfter(today)) {
            problems.add(new FieldProblem("actualOn", "construction.error.actualInFuture"));
        } else if (signedOn != null && actual.isBefore(signedOn)) {
            problems.add(new FieldProblem("actualOn", "construction.error.actualBeforeSigning", signedOn));
        } else {
            for (int i = 0; i < index; i++) {
                Line earlier = plan.get(i);
                if (earlier.actualOn() != null && actual.isBefore(earlier.actualOn())) {
                    problems.add(new FieldProblem(
                            "actualOn", "construction.error.beforeEarlier", earlier.kind(), earlier.actualOn()));
                    break;
                }
            }
            for (int i = plan.size() - 1;
                    i > index && problems.stream().noneMatch(p -> "actualOn".equals(p.field()));
                    i--) {
                Line later = plan.get(i);
                if (later.actualOn() != null && actual.isAfter(later.actualOn())) {
                    problems.add(new FieldProblem(
                            "actualOn", "construction.error.afterLater", later.kind(), later.actualOn()));
                }
            }
        }
        return problems;
    }
}

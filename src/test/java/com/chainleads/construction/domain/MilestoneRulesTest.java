package com.chainleads.construction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MilestoneRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final KindName LAND = new KindName("供地/拿地", "Land acquired");
    private static final KindName START = new KindName("开工", "Construction started");
    private static final KindName TOP = new KindName("主体封顶", "Topping-out");

    private static MilestoneRules.Line line(KindName kind, @Nullable LocalDate actual) {
        return new MilestoneRules.Line(kind, null, actual);
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void anActualDateInOrderBetweenSigningAndTodayIsAccepted() {
        List<MilestoneRules.Line> plan =
                List.of(line(LAND, LocalDate.of(2026, 4, 1)), line(START, LocalDate.of(2026, 4, 1)), line(TOP, null));
        assertThat(MilestoneRules.check(plan, 1, SIGNED, TODAY, null)).isEmpty();
    }

    @Test
    void anActualDateBeforeTheSigningDateIsRefusedAtTheActualDate() {
        List<MilestoneRules.Line> plan = List.of(line(LAND, SIGNED.minusDays(1)));
        assertThat(MilestoneRules.check(plan, 0, SIGNED, TODAY, null))
                .containsExactly(new FieldProblem("actualOn", "construction.error.actualBeforeSigning", SIGNED));
    }

    @Test
    void anActualDateInTheFutureIsRefused() {
        List<MilestoneRules.Line> plan = List.of(line(LAND, TODAY.plusDays(1)));
        assertThat(keys(MilestoneRules.check(plan, 0, SIGNED, TODAY, null)))
                .containsExactly("construction.error.actualInFuture");
        assertThat(MilestoneRules.check(List.of(line(LAND, TODAY)), 0, SIGNED, TODAY, null))
                .isEmpty();
    }

    @Test
    void anActualDateEarlierThanAnEarlierMilestonesActualDateIsOutOfOrder() {
        LocalDate land = LocalDate.of(2026, 5, 1);
        List<MilestoneRules.Line> plan = List.of(line(LAND, land), line(START, land.minusDays(1)));
        assertThat(MilestoneRules.check(plan, 1, SIGNED, TODAY, null))
                .containsExactly(new FieldProblem("actualOn", "construction.error.beforeEarlier", LAND, land));
    }

    @Test
    void anActualDateLaterThanALaterMilestonesActualDateIsOutOfOrder() {
        LocalDate top = LocalDate.of(2026, 6, 1);
        List<MilestoneRules.Line> plan = List.of(line(LAND, top.plusDays(1)), line(START, null), line(TOP, top));
        assertThat(MilestoneRules.check(plan, 0, SIGNED, TODAY, null))
                .containsExactly(new FieldProblem("actualOn", "construction.error.afterLater", TOP, top));
    }

    @Test
    void aLaterMilestoneMayBeReachedWhileAnEarlierOneHasNoActualDate() {
        List<MilestoneRules.Line> plan =
                List.of(line(LAND, null), line(START, null), line(TOP, LocalDate.of(2026, 7, 1)));
        assertThat(MilestoneRules.check(plan, 2, SIGNED, TODAY, null)).isEmpty();
    }

    @Test
    void aPlannedDateBeforeSigningAndAnOverlongNoteAreRefusedAtTheirFields() {
        List<MilestoneRules.Line> plan = List.of(new MilestoneRules.Line(LAND, SIGNED.minusDays(1), null));
        assertThat(MilestoneRules.check(plan, 0, SIGNED, TODAY, "备".repeat(501)))
                .extracting(FieldProblem::field)
                .containsExactly("plannedOn", "note");
    }

    @Test
    void withoutASigningDateOnlyTodayAndTheOrderBound() {
        List<MilestoneRules.Line> plan = List.of(line(LAND, LocalDate.of(2020, 1, 1)));
        assertThat(MilestoneRules.check(plan, 0, null, TODAY, null)).isEmpty();
    }
}

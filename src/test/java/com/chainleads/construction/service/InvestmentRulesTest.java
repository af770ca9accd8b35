package com.chainleads.construction.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class InvestmentRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 15);
    private static final YearMonth NOW = YearMonth.of(2026, 9);

    private static InvestmentDraft draft(YearMonth month, String planned, String completed) {
        return new InvestmentDraft(
                null,
                0,
                month,
                planned == null ? null : new BigDecimal(planned),
                completed == null ? null : new BigDecimal(completed));
    }

    @Test
    void aMonthFromSigningToNowWithFiguresIsAccepted() {
        assertThat(InvestmentService.check(draft(YearMonth.of(2026, 3), "500", "320.5"), SIGNED, NOW))
                .isEmpty();
    }

    @Test
    void aMonthBeforeTheMonthOfSigningIsRefusedAtTheMonth() {
        assertThat(InvestmentService.check(draft(YearMonth.of(2026, 2), "500", null), SIGNED, NOW))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("month", "construction.error.monthBeforeSigning"));
    }

    @Test
    void aFutureMonthMayBePlannedButNotCompleted() {
        assertThat(InvestmentService.check(draft(NOW.plusMonths(1), "800", null), SIGNED, NOW))
                .isEmpty();
        assertThat(InvestmentService.check(draft(NOW.plusMonths(1), "800", "10"), SIGNED, NOW))
                .extracting(FieldProblem::messageKey)
                .containsExactly("construction.error.completedInFuture");
    }

    @Test
    void negativeOverlongOrMissingFiguresAreRefused() {
        assertThat(InvestmentService.check(draft(NOW, "-1", null), SIGNED, NOW))
                .extracting(FieldProblem::messageKey)
                .containsExactly("construction.error.negative");
        assertThat(InvestmentService.check(draft(NOW, null, "1000000000000"), SIGNED, NOW))
                .extracting(FieldProblem::messageKey)
                .containsExactly("construction.error.amount");
        assertThat(InvestmentService.check(draft(NOW, null, null), SIGNED, NOW))
                .extracting(FieldProblem::messageKey)
                .containsExactly("construction.error.figuresEmpty");
        assertThat(InvestmentService.check(new InvestmentDraft(null, 0, null, BigDecimal.ONE, null), SIGNED, NOW))
                .extracting(FieldProblem::messageKey)
                .containsExactly("construction.error.monthRequired");
    }
}

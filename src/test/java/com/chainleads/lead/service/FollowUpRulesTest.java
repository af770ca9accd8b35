package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.lead.domain.FollowUpMethod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of a follow-up, without the database. */
class FollowUpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aCompleteFollowUpOfTodayPasses() {
        FollowUpDraft draft = new FollowUpDraft();
        draft.setFollowUpOn(TODAY);
        draft.setMethod(FollowUpMethod.values()[0]);
        draft.setContent("电话沟通用地需求");
        assertThat(FollowUpRules.validate(draft, TODAY)).isEmpty();
    }

    @Test
    void namesEveryFieldThatIsWrong() {
        FollowUpDraft draft = new FollowUpDraft();
        draft.setFollowUpOn(TODAY.plusDays(1));
        draft.setContent("x".repeat(FollowUpRules.MAX_CONTENT + 1));
        draft.setNextFollowUpOn(TODAY);

        assertThat(FollowUpRules.validate(draft, TODAY))
                .containsExactly(
                        new FieldProblem("followUpOn", "lead.error.future"),
                        new FieldProblem("method", "lead.error.required"),
                        new FieldProblem("content", "lead.error.tooLong", FollowUpRules.MAX_CONTENT),
                        new FieldProblem("nextFollowUpOn", "lead.followUp.error.nextBeforeDate"));
    }
}

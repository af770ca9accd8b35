package com.chainleads.lead.service;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of a follow-up (跟进记录), pure and tested without Spring; the form shows the same limits. */
public final class FollowUpRules {

    /** The longest follow-up text, and the longest comment (批示). */
    public static final int MAX_CONTENT = 2000;

    public static final int MAX_PEOPLE_MET = 200;
    public static final int MAX_NEXT_STEP = 500;

    private FollowUpRules() {}

    /** What is wrong with the draft on {@code today}, field by field; empty when it may be saved. */
    public static List<FieldProblem> validate(FollowUpDraft draft, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.getFollowUpOn() == null) {
            problems.add(new FieldProblem("followUpOn", "lead.error.required"));
        } else if (draft.getFollowUpOn().isAfter(today)) {
            problems.add(new FieldProblem("followUpOn", "lead.error.future"));
        }
        if (draft.getMethod() == null) {
            problems.add(new FieldProblem("method", "lead.error.required"));
        }
        if (draft.getContent().isBlank()) {
            problems.add(new FieldProblem("content", "lead.error.required"));
        } else if (draft.getContent().length() > MAX_CONTENT) {
            problems.add(new FieldProblem("content", "lead.error.tooLong", MAX_CONTENT));
        }
        if (draft.getPeopleMet().length() > MAX_PEOPLE_MET) {
            problems.add(new FieldProblem("peopleMet", "lead.error.tooLong", MAX_PEOPLE_MET));
        }
        if (draft.getNextStep().length() > MAX_NEXT_STEP) {
            problems.add(new FieldProblem("nextStep", "lead.error.tooLong", MAX_NEXT_STEP));
        }
        if (draft.getNextFollowUpOn() != null
                && draft.getFollowUpOn() != null
                && draft.getNextFollowUpOn().isBefore(draft.getFollowUpOn())) {
            problems.add(new FieldProblem("nextFollowUpOn", "lead.followUp.error.nextBeforeDate"));
        }
        return problems;
    }

    /** Refuses the draft with every problem at once. */
    static void check(FollowUpDraft draft, LocalDate today) {
        List<FieldProblem> problems = validate(draft, today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}

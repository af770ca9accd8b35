package com.chainleads.construction.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.lead.domain.LeadStage;
import java.util.List;

/**
 * Reaching the milestone would move the lead to {@link #target()}, and the lead's stage rules refused it (e.g. a
 * field the stage needs is missing). Nothing is saved: the milestone waits until the lead is completed on its page.
 */
public class StageMoveRefused extends BusinessRuleException {

    private final LeadStage target;
    private final List<FieldProblem> problems;

    public StageMoveRefused(LeadStage target, List<FieldProblem> problems) {
        super("actualOn", "construction.error.stageRefused", target.name());
        this.target = target;
        this.problems = List.copyOf(problems);
    }

    public LeadStage target() {
        return target;
    }

    /** The lead's own problems, by lead field (e.g. plannedStartOn). */
    public List<FieldProblem> problems() {
        return problems;
    }
}

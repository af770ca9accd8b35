package com.chainleads.base.domain;

import java.util.List;

/** The server refused input: one or more fields are invalid. The UI shows each message at its field. */
public class ValidationException extends BusinessRuleException {

    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(
                problems.get(0).field(),
                problems.get(0).messageKey(),
                problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

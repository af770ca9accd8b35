package com.chainleads.base.ui;

import com.chainleads.base.domain.CreditCode;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.function.Function;

/**
 * A credit-code field's message as the user types, from the rule the services re-check ({@link CreditCode}). An
 * empty field passes: whether one is required is for {@code asRequired} or the stage rules to say.
 */
public final class CreditCodeValidator implements Validator<String> {

    private final Function<String, String> translate;

    /** {@code translate}: the form's {@code getTranslation}. */
    public CreditCodeValidator(Function<String, String> translate) {
        this.translate = translate;
    }

    @Override
    public ValidationResult apply(String value, ValueContext context) {
        CreditCode.Problem problem = value == null || value.isBlank() ? null : CreditCode.check(value);
        return problem == null
                ? ValidationResult.ok()
                : ValidationResult.error(translate.apply(problem.translationKey()));
    }
}

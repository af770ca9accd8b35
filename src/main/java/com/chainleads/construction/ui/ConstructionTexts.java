package com.chainleads.construction.ui;

import com.chainleads.base.ErrorMessages;
import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.LocalizedName;
import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.ui.Formats;
import com.chainleads.construction.service.StageMoveRefused;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns the feature's refusals into sentences in the user's language (kind names, dates, the stage's needs). */
final class ConstructionTexts {

    private ConstructionTexts() {}

    static String problem(Component owner, FieldProblem problem) {
        return owner.getTranslation(problem.messageKey(), args(owner, problem.args()));
    }

    static String refusal(Component owner, Throwable error) {
        if (error instanceof StageMoveRefused refused) {
            String separator = Formats.listSeparator(locale(owner));
            String needs = refused.problems().stream()
                    .map(p -> p.field() == null
                            ? owner.getTranslation(p.messageKey(), p.args())
                            : owner.getTranslation("lead.field." + p.field()))
                    .distinct()
                    .collect(Collectors.joining(separator));
            return owner.getTranslation(
                    "construction.error.stageRefused",
                    owner.getTranslation(refused.target().translationKey()),
                    needs);
        }
        if (error instanceof BusinessRuleException rule) {
            return owner.getTranslation(rule.messageKey(), args(owner, rule.args()));
        }
        ErrorMessages.UserMessage message = ErrorMessages.describe(error);
        return owner.getTranslation(message.key(), message.args());
    }

    /** The owner's language (the UI's), Chinese when it is not attached and no UI is current. */
    static Locale locale(Component owner) {
        return owner.getUI()
                .map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null
                        ? AppLocales.CHINESE
                        : UI.getCurrent().getLocale());
    }

    static Object[] args(Component owner, Object[] args) {
        return Arrays.stream(args)
                .map(arg -> arg instanceof LocalizedName name
                        ? name.name(locale(owner))
                        : arg instanceof LocalDate date ? Formats.date(date) : arg)
                .toArray();
    }
}

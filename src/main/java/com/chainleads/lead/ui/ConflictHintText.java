package com.chainleads.lead.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.lead.service.InvestorConflict;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * The sentence of a masked 撞单 hint, e.g. "该企业已由 招商二科 于 2026-03-02 首报（阶段：在谈）": only the other
 * lead's unit, first-report day and stage, in the reader's language. For the lead form and anything else that
 * shows hints (e.g. an import's row messages); always shown as text.
 */
public final class ConflictHintText {

    private ConflictHintText() {}

    /** The hint for a reader in {@code locale} (the locale of {@code context}'s UI). */
    public static String of(Component context, Locale locale, InvestorConflict conflict) {
        boolean same = conflict.likeness() == InvestorConflict.Likeness.SAME;
        String key = conflict.reportedLater()
                ? (same ? "lead.conflict.later" : "lead.conflict.laterSimilar")
                : (same ? "lead.conflict.same" : "lead.conflict.similar");
        return context.getTranslation(
                key,
                conflict.unitName(locale),
                Formats.date(conflict.firstReportedOn()),
                context.getTranslation(conflict.stage().translationKey()));
    }
}

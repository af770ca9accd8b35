package com.chainleads.lead.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.lead.domain.LeadStage;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A masked hint that another lead is about the same (or a similar) investor — all an officer learns about a lead
 * they may not see: the unit that reported it, the day of its first report and its stage. Never its number,
 * project, investor name, owner or amounts. Computed on the server for the signed-in user by
 * {@link InvestorConflictCheck}.
 *
 * @param likeness      the same enterprise, or a similar name worth checking
 * @param unitNameZh    the other lead's unit (责任科室), in Chinese
 * @param unitNameEn    the same in English
 * @param firstReportedOn the other lead's first report (首报) day, in the district's zone
 * @param stage         the other lead's stage
 * @param reportedLater the other lead is a later registration of the investor, not its first report: it was
 *                      reported after the lead being edited, or after another lead on the same enterprise
 * @param claim         whether the user may, or must, register the lead as a 撞单 claim against it
 */
public record InvestorConflict(
        Likeness likeness,
        String unitNameZh,
        String unitNameEn,
        LocalDate firstReportedOn,
        LeadStage stage,
        boolean reportedLater,
        ClaimOption claim) {

    /** How alike the two investors are. */
    public enum Likeness {
        /** The same enterprise (same credit code, or the same name once written alike). */
        SAME,
        /** A similar name: perhaps the same enterprise, perhaps a sister company or a typo. */
        SIMILAR
    }

    /** What the user may do about the other lead when saving. */
    public enum ClaimOption {
        /** Nothing to claim: the other lead is the user's own unit's, a later registration, or claimed already. */
        NONE,
        /** A similar investor first reported by another unit: the user may claim it is the same. */
        OPTIONAL,
        /** The same investor first reported by another unit: saving needs a 撞单 claim with a reason. */
        REQUIRED
    }

    public String unitName(Locale locale) {
        return AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
    }
}

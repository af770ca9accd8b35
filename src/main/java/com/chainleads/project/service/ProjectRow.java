package com.chainleads.project.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.construction.domain.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A signed project as one row of {@code /projects}: the lead's facts from the lead register, the construction
 * summary with its status as of today, and the number of open coordination issues.
 *
 * @param totalInvestment 总投资 in 万元
 * @param completedTotal 完成投资 so far in 万元
 * @param completedShare completed total / total investment in percent (one decimal), {@code null} without an amount
 */
public record ProjectRow(
        long leadId,
        String leadNo,
        String projectName,
        String investorName,
        String sectorNameZh,
        String sectorNameEn,
        String unitNameZh,
        String unitNameEn,
        @Nullable BigDecimal totalInvestment,
        @Nullable String nextMilestoneZh,
        @Nullable String nextMilestoneEn,
        @Nullable LocalDate nextPlannedOn,
        ProjectStatus status,
        long openIssues,
        BigDecimal completedTotal,
        @Nullable BigDecimal completedShare) {

    public String sectorName(Locale locale) {
        return AppLocales.isEnglish(locale) ? sectorNameEn : sectorNameZh;
    }

    public String unitName(Locale locale) {
        return AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
    }

    public @Nullable String nextMilestone(Locale locale) {
        return AppLocales.isEnglish(locale) ? nextMilestoneEn : nextMilestoneZh;
    }
}

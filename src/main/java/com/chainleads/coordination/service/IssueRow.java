package com.chainleads.coordination.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One row of the supervision list and its export; {@code overdue} as of the day the row was read. */
public record IssueRow(
        long id,
        long leadId,
        String leadNo,
        String projectName,
        String sectorNameZh,
        String sectorNameEn,
        String unitNameZh,
        String unitNameEn,
        String ownerName,
        IssueType type,
        String departmentNameZh,
        String departmentNameEn,
        LocalDate deadline,
        IssueStatus status,
        String description,
        @Nullable String reply,
        Instant raisedAt,
        boolean overdue,
        long daysOverdue) {

    public String sectorName(Locale locale) {
        return AppLocales.isEnglish(locale) ? sectorNameEn : sectorNameZh;
    }

    public String unitName(Locale locale) {
        return AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
    }

    public String departmentName(Locale locale) {
        return AppLocales.isEnglish(locale) ? departmentNameEn : departmentNameZh;
    }
}

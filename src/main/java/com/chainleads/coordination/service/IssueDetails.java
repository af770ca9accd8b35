package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An issue as the project's 问题清单 tab shows it, with its history. */
public record IssueDetails(
        long id,
        long version,
        long leadId,
        IssueType type,
        long departmentId,
        String departmentNameZh,
        String departmentNameEn,
        LocalDate deadline,
        String description,
        IssueStatus status,
        boolean overdue,
        long daysOverdue,
        String raisedByName,
        Instant raisedAt,
        @Nullable String reply,
        @Nullable String closedByName,
        @Nullable Instant closedAt,
        @Nullable String instruction,
        @Nullable String instructedByName,
        @Nullable Instant instructedAt,
        List<IssueHistoryRow> history) {

    public String departmentName(java.util.Locale locale) {
        return com.chainleads.base.i18n.AppLocales.isEnglish(locale) ? departmentNameEn : departmentNameZh;
    }

    public IssueDraft toDraft() {
        return new IssueDraft(type, departmentId, deadline, description);
    }
}

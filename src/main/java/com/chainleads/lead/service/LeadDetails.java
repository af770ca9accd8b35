package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadStage;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A lead as its page shows it: the editable draft plus what only the server sets (number, stage, owner,
 * bookkeeping) and what the current user may do.
 */
public record LeadDetails(
        long id,
        long version,
        String leadNo,
        LeadDraft draft,
        LeadStage stage,
        LocalDate stageEnteredOn,
        String firstReporterName,
        Instant firstReportedAt,
        long ownerId,
        String ownerName,
        long unitId,
        String unitNameZh,
        String unitNameEn,
        @Nullable String leaderName,
        @Nullable LocalDate nextFollowUpOn,
        @Nullable LocalDate lastFollowUpOn,
        @Nullable String updatedByName,
        Instant updatedAt,
        LeadPermissions permissions) {

    public String unitName(java.util.Locale locale) {
        return com.chainleads.base.i18n.AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
    }
}

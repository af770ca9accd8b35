package com.chainleads.claim.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.domain.ProtectionState;
import com.chainleads.lead.domain.LeadStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A 撞单 claim as the page of one of its two leads shows it to the signed-in user. The other lead is masked —
 * unit, first-report day and stage — unless the user may see it anyway (its number then links to it); so is the
 * name of the officer on the other side.
 *
 * @param claimant    the lead on this page is the claimant's (else it is the first report claimed against)
 * @param otherLeadId the other lead, when the user may see it
 * @param canRule     the user is a leader or administrator and the claim waits for a ruling
 */
public record LeadClaimRow(
        long claimId,
        boolean claimant,
        ClaimStatus status,
        Instant filedAt,
        @Nullable String filedByName,
        String claimantUnitZh,
        String claimantUnitEn,
        String firstUnitZh,
        String firstUnitEn,
        String reason,
        @Nullable Long otherLeadId,
        @Nullable String otherLeadNo,
        String otherUnitZh,
        String otherUnitEn,
        LocalDate otherFirstReportedOn,
        LeadStage otherStage,
        @Nullable ClaimOutcome outcome,
        @Nullable Integer claimantPercent,
        @Nullable String ruledByName,
        @Nullable Instant ruledAt,
        @Nullable String rulingReason,
        @Nullable ProtectionState grantedBecause,
        List<ShareRow> shares,
        boolean canRule) {

    public String claimantUnit(Locale locale) {
        return AppLocales.isEnglish(locale) ? claimantUnitEn : claimantUnitZh;
    }

    public String firstUnit(Locale locale) {
        return AppLocales.isEnglish(locale) ? firstUnitEn : firstUnitZh;
    }

    public String otherUnit(Locale locale) {
        return AppLocales.isEnglish(locale) ? otherUnitEn : otherUnitZh;
    }
}

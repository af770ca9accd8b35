package com.chainleads.claim.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.domain.ProtectionState;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A claim in the leaders' ruling queue (leaders see all leads, so nothing is masked here).
 *
 * @param protection the first lead's protection today
 */
public record ClaimRow(
        long id,
        long version,
        ClaimStatus status,
        Instant filedAt,
        String filedByName,
        long claimLeadId,
        String claimLeadNo,
        String investorName,
        String claimantUnitZh,
        String claimantUnitEn,
        long firstLeadId,
        String firstLeadNo,
        String firstUnitZh,
        String firstUnitEn,
        ProtectionState protection,
        @Nullable ClaimOutcome outcome,
        @Nullable Integer claimantPercent,
        @Nullable Instant ruledAt,
        @Nullable String ruledByName,
        boolean automatic) {

    public String claimantUnit(Locale locale) {
        return AppLocales.isEnglish(locale) ? claimantUnitEn : claimantUnitZh;
    }

    public String firstUnit(Locale locale) {
        return AppLocales.isEnglish(locale) ? firstUnitEn : firstUnitZh;
    }
}

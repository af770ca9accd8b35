package com.chainleads.lead.domain;

import com.chainleads.base.i18n.AppLocales;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A lead as one row of the list: a light projection read in one query with its joins. */
public record LeadRow(
        long id,
        String leadNo,
        String projectName,
        String investorName,
        String sectorCode,
        String sectorNameZh,
        String sectorNameEn,
        @Nullable String chainLinkNameZh,
        @Nullable String chainLinkNameEn,
        LeadStage stage,
        @Nullable BigDecimal totalInvestment,
        String ownerName,
        String unitNameZh,
        String unitNameEn,
        @Nullable LocalDate nextFollowUpOn,
        @Nullable LocalDate lastFollowUpOn,
        LocalDate lastActivityOn,
        LocalDate stageEnteredOn,
        Instant updatedAt,
        boolean hotIndustry) {

    public String sectorName(Locale locale) {
        return AppLocales.isEnglish(locale) ? sectorNameEn : sectorNameZh;
    }

    public String chainLinkName(Locale locale) {
        String name = AppLocales.isEnglish(locale) ? chainLinkNameEn : chainLinkNameZh;
        return name == null ? "" : name;
    }

    public String unitName(Locale locale) {
        return AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
    }
}

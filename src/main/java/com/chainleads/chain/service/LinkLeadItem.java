package com.chainleads.chain.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One lead targeting a chain link, as the map's side panel lists it: who pursues it (unit and owner), how far it
 * is ({@code stage}, a stage code) and how recently it was followed up.
 */
public record LinkLeadItem(
        long leadId,
        String leadNo,
        String projectName,
        String investorName,
        String stage,
        BigDecimal totalInvestmentWan,
        String unitNameZh,
        String unitNameEn,
        String ownerName,
        @Nullable LocalDate lastFollowUpOn) {

    public String unitName(java.util.Locale locale) {
        return com.chainleads.base.i18n.AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
    }
}

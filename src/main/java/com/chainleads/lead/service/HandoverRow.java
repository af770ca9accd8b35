package com.chainleads.lead.service;

import com.chainleads.base.i18n.AppLocales;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One handover of a lead to another officer or unit. */
public record HandoverRow(
        long id,
        String fromOwnerName,
        String fromUnitZh,
        String fromUnitEn,
        String toOwnerName,
        String toUnitZh,
        String toUnitEn,
        String handedOverByName,
        Instant handedOverAt,
        @Nullable String reason) {

    public String fromUnit(Locale locale) {
        return AppLocales.isEnglish(locale) ? fromUnitEn : fromUnitZh;
    }

    public String toUnit(Locale locale) {
        return AppLocales.isEnglish(locale) ? toUnitEn : toUnitZh;
    }
}

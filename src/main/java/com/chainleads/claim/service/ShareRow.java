package com.chainleads.claim.service;

import com.chainleads.base.i18n.AppLocales;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One unit's share of a shared lead's credit (业绩分成). */
public record ShareRow(
        String unitZh, String unitEn, @Nullable String officerName, int percent) {

    public String unit(Locale locale) {
        return AppLocales.isEnglish(locale) ? unitEn : unitZh;
    }
}

package com.chainleads.base.domain;

import com.chainleads.base.i18n.AppLocales;
import java.util.Locale;

/** Reference data carries a Chinese and an English name; the UI shows the one of the user's language. */
public interface LocalizedName {

    String getNameZh();

    String getNameEn();

    default String name(Locale locale) {
        return AppLocales.isEnglish(locale) ? getNameEn() : getNameZh();
    }
}

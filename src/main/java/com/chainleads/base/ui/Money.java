package com.chainleads.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Amounts are kept in 万元 (10,000 CNY) with two decimals; large sums read better in 亿元 (100 million CNY).
 */
public final class Money {

    /** 1 亿元 = 10,000 万元. */
    public static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    private Money() {}

    /** "3,500.00 万元", or "1.25 亿元" from 1 亿 up; English: "CNY 35.00m" / "CNY 125.00m". */
    public static String format(@Nullable BigDecimal wan, Locale locale) {
        if (wan == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ROOT.equals(locale) ? Locale.CHINA : locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
        number.setGroupingUsed(true);
        if (com.chainleads.base.i18n.AppLocales.isEnglish(locale)) {
            // 1 万元 = 10,000 CNY = 0.01 million CNY
            return "CNY " + number.format(wan.movePointLeft(2).setScale(2, RoundingMode.HALF_UP)) + "m";
        }
        if (wan.abs().compareTo(WAN_PER_YI) >= 0) {
            return number.format(wan.divide(WAN_PER_YI, 2, RoundingMode.HALF_UP)) + " 亿元";
        }
        return number.format(wan.setScale(2, RoundingMode.HALF_UP)) + " 万元";
    }

    /** Like {@link #format} but "1.3亿" / "3,500万" without decimals, for charts and cards. */
    public static String compact(@Nullable BigDecimal wan, Locale locale) {
        if (wan == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (com.chainleads.base.i18n.AppLocales.isEnglish(locale)) {
            BigDecimal millions = wan.movePointLeft(2);
            return millions.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                    ? "CNY " + number.format(millions.movePointLeft(3)) + "bn"
                    : "CNY " + number.format(millions) + "m";
        }
        return wan.abs().compareTo(WAN_PER_YI) >= 0
                ? number.format(wan.divide(WAN_PER_YI, 1, RoundingMode.HALF_UP)) + "亿"
                : number.format(wan.setScale(0, RoundingMode.HALF_UP)) + "万";
    }
}

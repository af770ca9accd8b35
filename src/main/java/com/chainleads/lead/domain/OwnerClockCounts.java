package com.chainleads.lead.domain;

/** How many of one officer's leads break the response clocks. */
public record OwnerClockCounts(
        long unitId,
        String unitNameZh,
        String unitNameEn,
        long ownerId,
        String ownerUsername,
        String ownerName,
        long overdue,
        long stale,
        long lateScreening) {

    public String unitName(java.util.Locale locale) {
        return com.chainleads.base.i18n.AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
    }

    public long total() {
        return overdue + stale + lateScreening;
    }
}

package com.chainleads.tour.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.lead.domain.LeadStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A tour as its page shows it: the route in visiting order, the 观摩团 and the scoring criteria. */
public record TourDetail(
        long id,
        long version,
        String name,
        LocalDate tourDate,
        List<Stop> stops,
        List<Member> members,
        List<Criterion> criteria) {

    /** A project on the route, with what the booklet and the route table show of its lead. */
    public record Stop(
            long stopId,
            long leadId,
            int position,
            String leadNo,
            String projectName,
            String investorName,
            String sectorNameZh,
            String sectorNameEn,
            @Nullable BigDecimal totalInvestmentWan,
            LeadStage stage,
            String unitNameZh,
            String unitNameEn,
            String ownerName) {

        public String sectorName(Locale locale) {
            return AppLocales.isEnglish(locale) ? sectorNameEn : sectorNameZh;
        }

        public String unitName(Locale locale) {
            return AppLocales.isEnglish(locale) ? unitNameEn : unitNameZh;
        }
    }

    public record Member(
            long id, long version, String name, @Nullable String title) {}

    public record Criterion(long id, String code, String nameZh, String nameEn, int weight) {

        public String name(Locale locale) {
            return AppLocales.isEnglish(locale) ? nameEn : nameZh;
        }
    }
}

package com.chainleads.tour.service;

import com.chainleads.security.domain.Role;
import com.chainleads.transfer.xlsx.XlsxExport;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tour's 红黑榜 as an .xlsx: rank, project, investor, score, members who scored it, board. */
@Service
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Transactional(readOnly = true)
public class TourRankingExport {

    private final TourService tours;
    private final I18NProvider i18n;

    TourRankingExport(TourService tours, I18NProvider i18n) {
        this.tours = tours;
        this.i18n = i18n;
    }

    public String fileName(long tourId, Locale locale) {
        TourDetail tour = tours.detail(tourId);
        return i18n.getTranslation(
                "tour.ranking.file", locale, tour.name(), tour.tourDate().toString());
    }

    public long write(long tourId, Locale locale, OutputStream out) {
        TourDetail tour = tours.detail(tourId);
        List<RankLine> ranking = tours.ranking(tourId);
        return XlsxExport.<RankLine>sheet(t(locale, "tour.ranking.title"))
                .title(t(
                        locale,
                        "tour.ranking.sheetTitle",
                        tour.name(),
                        tour.tourDate().toString()))
                .integer(t(locale, "tour.field.rank"), 8, r -> r.rank() == 0 ? null : r.rank())
                .text(t(locale, "tour.field.project"), 36, RankLine::projectName)
                .text(t(locale, "tour.field.investor"), 28, RankLine::investorName)
                .decimal(t(locale, "tour.field.score"), 10, "0.00", RankLine::score)
                .integer(t(locale, "tour.field.membersScored"), 10, RankLine::membersScored)
                .text(
                        t(locale, "tour.field.board"),
                        10,
                        r -> t(locale, r.board().translationKey()))
                .write(ranking.stream(), out);
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}

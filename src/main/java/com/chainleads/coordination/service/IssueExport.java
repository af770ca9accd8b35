package com.chainleads.coordination.service;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.security.CurrentUser;
import com.chainleads.transfer.xlsx.PagedExport;
import com.chainleads.transfer.xlsx.XlsxExport;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The supervision list as an .xlsx, read page by page while the file is written ({@link PagedExport}). */
@Service
@PermitAll
public class IssueExport {

    private final IssueQueries queries;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;

    IssueExport(IssueQueries queries, CurrentUser currentUser, I18NProvider i18n, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    public String fileName(Locale locale) {
        return i18n.getTranslation(
                "coordination.export.file", locale, LocalDate.now(clock).toString());
    }

    /**
     * Writes the issues of the filter (at most {@link PagedExport#MAX_ROWS}) described as {@code what}; returns how
     * many.
     */
    public long write(IssueFilter filter, String what, Locale locale, OutputStream out) {
        // page by page while the file is written, never the whole list at once
        PagedExport<IssueRow> export = PagedExport.of(queries.count(filter), page -> queries.list(filter, page));
        String title = t(
                locale,
                "coordination.export.title",
                what,
                export.count(),
                PagedExport.stamp(clock),
                currentUser.require().displayName());
        boolean english = AppLocales.isEnglish(locale);
        return XlsxExport.<IssueRow>sheet(t(locale, "coordination.nav"))
                .title(title)
                .text(t(locale, "coordination.field.leadNo"), 14, IssueRow::leadNo)
                .text(t(locale, "coordination.field.project"), 30, IssueRow::projectName)
                .text(t(locale, "coordination.field.sector"), 12, r -> r.sectorName(locale))
                .text(t(locale, "coordination.field.unit"), 12, r -> r.unitName(locale))
                .text(t(locale, "coordination.field.owner"), 10, IssueRow::ownerName)
                .text(
                        t(locale, "coordination.field.type"),
                        10,
                        r -> t(locale, r.type().translationKey()))
                .text(t(locale, "coordination.field.departmentId"), english ? 28 : 18, r -> r.departmentName(locale))
                .date(t(locale, "coordination.field.deadline"), 12, IssueRow::deadline)
                .text(
                        t(locale, "coordination.field.status"),
                        10,
                        r -> t(locale, r.status().translationKey()))
                .integer(t(locale, "coordination.field.daysOverdue"), 10, r -> r.overdue() ? r.daysOverdue() : null)
                .text(t(locale, "coordination.field.description"), 50, IssueRow::description)
                .text(t(locale, "coordination.field.reply"), 40, IssueRow::reply)
                .dateTime(t(locale, "coordination.field.raisedAt"), 17, IssueRow::raisedAt)
                .write(export.rows(), out);
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}

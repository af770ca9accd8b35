package com.chainleads.project.service;

import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.Role;
import com.chainleads.transfer.xlsx.PagedExport;
import com.chainleads.transfer.xlsx.XlsxExport;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** The filtered {@code /projects} list as .xlsx, the filter described on the first row; written page by page. */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ProjectExport {

    private final ProjectQueries queries;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;

    ProjectExport(ProjectQueries queries, CurrentUser currentUser, I18NProvider i18n, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    public String fileName(Locale locale) {
        return i18n.getTranslation(
                "project.export.file", locale, LocalDate.now(clock).toString());
    }

    /**
     * Writes the projects of the filter (at most {@link PagedExport#MAX_ROWS}) described as {@code what}; returns how
     * many.
     */
    public long write(ProjectFilter filter, String what, Locale locale, OutputStream out) {
        // one pick for the whole file: every page narrows the index by the same projects the count did
        ProjectQueries.Narrowed narrowed = queries.narrow(filter);
        PagedExport<ProjectRow> export = PagedExport.of(queries.count(narrowed), page -> queries.page(narrowed, page));
        String title = t(
                locale,
                "project.export.title",
                what,
                export.count(),
                PagedExport.stamp(clock),
                currentUser.require().displayName());
        return XlsxExport.<ProjectRow>sheet(t(locale, "project.nav"))
                .title(title)
                .text(t(locale, "project.field.leadNo"), 14, ProjectRow::leadNo)
                .text(t(locale, "project.field.project"), 30, ProjectRow::projectName)
                .text(t(locale, "project.field.investor"), 30, ProjectRow::investorName)
                .text(t(locale, "project.field.sector"), 12, r -> r.sectorName(locale))
                .text(t(locale, "project.field.unit"), 12, r -> r.unitName(locale))
                .wan(t(locale, "project.field.totalInvestment"), 14, ProjectRow::totalInvestment)
                .text(t(locale, "project.field.nextMilestone"), 14, r -> r.nextMilestone(locale))
                .date(t(locale, "project.field.nextPlannedOn"), 12, ProjectRow::nextPlannedOn)
                .text(
                        t(locale, "project.field.status"),
                        12,
                        r -> t(locale, "project.status." + r.status().name()))
                .integer(t(locale, "project.field.openIssues"), 10, ProjectRow::openIssues)
                .wan(t(locale, "project.field.completedTotal"), 14, ProjectRow::completedTotal)
                .decimal(t(locale, "project.field.completedShare"), 10, "0.0", ProjectRow::completedShare)
                .write(export.rows(), out);
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}

package com.chainleads.enterprise.transfer;

import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.chainleads.enterprise.service.LibraryRow;
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
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library's filtered list as an .xlsx, read page by page ({@link PagedExport}) and streamed into the file. */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Transactional(readOnly = true)
public class LibraryExport {

    private final EnterpriseLibraryService library;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;

    LibraryExport(EnterpriseLibraryService library, CurrentUser currentUser, I18NProvider i18n, Clock clock) {
        this.library = library;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    public String fileName(Locale locale) {
        return i18n.getTranslation(
                "enterprise.export.file", locale, LocalDate.now(clock).toString());
    }

    /**
     * Writes the enterprises of the filter (at most {@link PagedExport#MAX_ROWS}) described as {@code what};
     * returns how many.
     */
    public long write(LibraryFilter filter, String what, Locale locale, OutputStream out) {
        // read page by page while the file is written, never the whole list at once
        PagedExport<LibraryRow> export =
                PagedExport.of(library.count(filter), page -> library.list(filter, page.withSort(Sort.by("name"))));
        boolean english = com.chainleads.base.i18n.AppLocales.isEnglish(locale);
        String title = t(
                locale,
                "enterprise.export.title",
                what,
                export.count(),
                PagedExport.stamp(clock),
                currentUser.require().displayName());
        return XlsxExport.<LibraryRow>sheet(t(locale, "enterprise.nav"))
                .title(title)
                .text(t(locale, "enterprise.field.name"), 32, LibraryRow::name)
                .text(t(locale, "enterprise.field.creditCode"), 22, LibraryRow::creditCode)
                .text(t(locale, "enterprise.field.sectorId"), 12, r -> english ? r.sectorNameEn() : r.sectorNameZh())
                .text(
                        t(locale, "enterprise.field.aboveScale"),
                        8,
                        r -> t(locale, r.aboveScale() ? "enterprise.yes" : "enterprise.no"))
                .text(
                        t(locale, "enterprise.field.tiers"),
                        36,
                        r -> r.tiers().stream()
                                .sorted()
                                .map(tier -> t(locale, tier.translationKey()))
                                .collect(Collectors.joining("、")))
                .integer(t(locale, "enterprise.field.platforms"), 10, LibraryRow::platforms)
                .wan(t(locale, "enterprise.field.annualOutputWan"), 16, LibraryRow::annualOutputWan)
                .integer(t(locale, "enterprise.field.jobs"), 10, LibraryRow::jobs)
                .write(export.rows(), out);
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}

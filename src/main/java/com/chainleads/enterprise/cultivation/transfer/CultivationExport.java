package com.chainleads.enterprise.cultivation.transfer;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.ui.Formats;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.Role;
import com.chainleads.transfer.xlsx.XlsxExport;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 培育清单 and a reward policy's qualifying firms as .xlsx, read in pages of {@value #CHUNK} while written. */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Transactional(readOnly = true)
public class CultivationExport {

    static final int CHUNK = 500;
    /** A working list, not a backup. */
    public static final int MAX_ROWS = 100_000;

    private final CultivationService cultivation;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;

    CultivationExport(CultivationService cultivation, CurrentUser currentUser, I18NProvider i18n, Clock clock) {
        this.cultivation = cultivation;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    public String candidatesFileName(Locale locale) {
        return i18n.getTranslation(
                "cultivation.candidates.file", locale, LocalDate.now(clock).toString());
    }

    public String policyFileName(Locale locale) {
        return i18n.getTranslation(
                "cultivation.policy.file", locale, LocalDate.now(clock).toString());
    }

    /** Writes the candidates of one sector (or all) towards one tier (or any), described as {@code what}. */
    public long writeCandidates(
            @Nullable Long sectorId, @Nullable CultivationTier tier, String what, Locale locale, OutputStream out) {
        long count = Math.min(cultivation.countCandidates(sectorId, tier), MAX_ROWS);
        Stream<StandingRow> rows =
                pages(count, page -> cultivation.candidates(sectorId, tier, PageRequest.of(page, CHUNK)));
        return XlsxExport.<StandingRow>sheet(t(locale, "cultivation.candidates.nav"))
                .title(title(locale, what, count))
                .text(t(locale, "enterprise.field.name"), 32, StandingRow::name)
                .text(t(locale, "enterprise.field.sectorId"), 12, r -> sector(r, locale))
                .text(
                        t(locale, "cultivation.field.nextTier"),
                        18,
                        r -> r.nextTier() == null ? "" : t(locale, r.nextTier().translationKey()))
                .integer(t(locale, "cultivation.field.met"), 10, StandingRow::criteriaMet)
                .integer(t(locale, "cultivation.field.missing"), 10, StandingRow::criteriaMissing)
                .decimal(t(locale, "cultivation.field.gap"), 10, "0.0000", StandingRow::gap)
                .decimal(t(locale, "cultivation.field.points"), 10, "0.00", StandingRow::points)
                .write(rows, out);
    }

    /** Writes the firms a reward policy lets in (免申即享). */
    public long writeQualifying(long policyId, String what, Locale locale, OutputStream out) {
        long count = Math.min(cultivation.countQualifying(policyId), MAX_ROWS);
        Stream<StandingRow> rows = pages(count, page -> cultivation.qualifying(policyId, PageRequest.of(page, CHUNK)));
        return XlsxExport.<StandingRow>sheet(t(locale, "cultivation.policy.sheet"))
                .title(title(locale, what, count))
                .text(t(locale, "enterprise.field.name"), 32, StandingRow::name)
                .text(t(locale, "enterprise.field.sectorId"), 12, r -> sector(r, locale))
                .decimal(t(locale, "cultivation.field.points"), 10, "0.00", StandingRow::points)
                .wan(t(locale, "cultivation.field.rdExpense"), 14, StandingRow::rdExpenseWan)
                .write(rows, out);
    }

    private static Stream<StandingRow> pages(long count, java.util.function.IntFunction<List<StandingRow>> page) {
        int pages = (int) ((count + CHUNK - 1) / CHUNK);
        // read page by page while the file is written, never the whole list at once
        return IntStream.range(0, pages)
                .boxed()
                .flatMap(p -> page.apply(p).stream())
                .limit(count);
    }

    private String title(Locale locale, String what, long count) {
        return t(
                locale,
                "cultivation.export.title",
                what,
                count,
                Formats.dateTime(clock.instant()),
                currentUser.require().displayName());
    }

    private static @Nullable String sector(StandingRow row, Locale locale) {
        return AppLocales.isEnglish(locale) ? row.sectorNameEn() : row.sectorNameZh();
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}

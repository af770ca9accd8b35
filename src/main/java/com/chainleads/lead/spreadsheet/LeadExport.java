package com.chainleads.lead.spreadsheet;

import com.chainleads.base.ui.Formats;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.LeadDateField;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.LeadExportRow;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.security.CurrentUser;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.xlsx.ColumnSpec;
import com.chainleads.transfer.xlsx.XlsxExport;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Exports the leads of a list filter (or the cockpit's key projects) as a streamed .xlsx: the filter described on
 * the first row, then the lead spreadsheet's columns — the same as the import's, so the file imports again —
 * with widths set and formula-like texts neutralised by the writer.
 */
@Service
@PermitAll
public class LeadExport {

    static final int CHUNK = 500;
    /** An export is a working list, not a backup: at most this many rows. */
    public static final long MAX_ROWS = 200_000;

    private final LeadQueries leads;
    private final LeadColumns columns;
    private final LeadFilterDescription description;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final Clock clock;

    LeadExport(
            LeadQueries leads,
            LeadColumns columns,
            LeadFilterDescription description,
            CurrentUser currentUser,
            I18NProvider i18n,
            Clock clock) {
        this.leads = leads;
        this.columns = columns;
        this.description = description;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    public String fileName(Locale locale) {
        return i18n.getTranslation(
                "lead.export.file", locale, LocalDate.now(clock).toString());
    }

    /** Writes up to {@code limit} matching leads the caller may see; returns how many were written. */
    public long write(LeadFilter filter, long limit, Locale locale, OutputStream out) {
        long count = Math.min(leads.count(filter), limit);
        return write(description.describe(filter, locale), count, rows(filter, limit), locale, out);
    }

    /** Writes the given leads in the given order (e.g. the cockpit's key projects), described as {@code what}. */
    public long write(List<Long> leadIds, String what, Locale locale, OutputStream out) {
        List<LeadExportRow> rows = leads.exportRows(leadIds);
        return write(what, rows.size(), rows.iterator(), locale, out);
    }

    private long write(String what, long count, Iterator<LeadExportRow> rows, Locale locale, OutputStream out) {
        Translator t = Translator.of(i18n, locale);
        LeadColumns.Sheet sheet = columns.current();
        String title = t.get(
                "lead.export.title",
                what,
                count,
                Formats.dateTime(clock.instant()),
                currentUser.require().displayName());
        XlsxExport<LeadExportRow> export = XlsxExport.<LeadExportRow>sheet(t.get("lead.import.title"))
                .title(title)
                .text(t.get("lead.field.leadNo"), 14, LeadExportRow::leadNo)
                .text(header(sheet, "projectName", locale), 30, r -> r.draft().getProjectName())
                .text(header(sheet, "investorName", locale), 30, r -> r.draft().getInvestorName())
                .text(
                        header(sheet, "creditCode", locale),
                        22,
                        r -> blankToNull(r.draft().getCreditCode()))
                .text(
                        header(sheet, "investorType", locale),
                        12,
                        r -> label(sheet.investorTypes(), r.draft().getInvestorType(), locale));
        texts(export, sheet, Investor.TEXT_FIELDS, locale);
        export.text(
                        header(sheet, "qualifications", locale),
                        24,
                        r -> r.draft().getQualifications().stream()
                                .sorted()
                                .map(q -> label(sheet.qualifications(), q, locale))
                                .collect(Collectors.joining("、")))
                .text(header(sheet, "sectorId", locale), 12, r -> english(locale) ? r.sectorNameEn() : r.sectorNameZh())
                .text(
                        header(sheet, "chainLinkId", locale),
                        18,
                        r -> english(locale) ? r.chainLinkNameEn() : r.chainLinkNameZh())
                .text(
                        header(sheet, "chainPurpose", locale),
                        10,
                        r -> label(sheet.purposes(), r.draft().getChainPurpose(), locale))
                .text(
                        header(sheet, "projectType", locale),
                        10,
                        r -> label(sheet.projectTypes(), r.draft().getProjectType(), locale))
                .text(
                        header(sheet, "hotIndustry", locale),
                        10,
                        r -> t.get(r.draft().isHotIndustry() ? "transfer.template.yes" : "transfer.template.no"))
                .wan(
                        header(sheet, "totalInvestment", locale),
                        16,
                        r -> r.draft().getTotalInvestment());
        numbers(export, sheet, Economics.NUMBER_FIELDS, locale);
        export.text(
                        header(sheet, "channel", locale),
                        12,
                        r -> label(sheet.channels(), r.draft().getChannel(), locale))
                .text(
                        header(sheet, "referrer", locale),
                        14,
                        r -> blankToNull(r.draft().getReferrer()))
                .text(
                        header(sheet, "originRegion", locale),
                        12,
                        r -> label(sheet.regions(), r.draft().getOriginRegion(), locale));
        numbers(export, sheet, SiteNeeds.NUMBER_FIELDS, locale);
        texts(export, sheet, SiteNeeds.TEXT_FIELDS, locale);
        export.text(header(sheet, "unitId", locale), 12, r -> english(locale) ? r.unitNameEn() : r.unitNameZh())
                .text(header(sheet, "ownerId", locale), 12, LeadExportRow::ownerName)
                .text(header(sheet, "leaderId", locale), 12, LeadExportRow::leaderName)
                .text(header(sheet, "stage", locale), 12, r -> label(sheet.stages(), r.stage(), locale))
                .date(
                        header(sheet, "reportedOn", locale),
                        12,
                        r -> LocalDate.ofInstant(r.firstReportedAt(), clock.getZone()));
        for (LeadDateField field : Milestones.DATE_FIELDS) {
            export.date(header(sheet, field.name(), locale), 12, r -> r.draft().date(field));
        }
        return export.date(header(sheet, "signedOn", locale), 12, r -> r.draft().getSignedOn())
                .wan(header(sheet, "signedAmount", locale), 16, r -> r.draft().getSignedAmount())
                .wan(header(sheet, "fundsReceived", locale), 16, r -> r.draft().getFundsReceived())
                .date(
                        header(sheet, "plannedStartOn", locale),
                        12,
                        r -> r.draft().getPlannedStartOn())
                .date(header(sheet, "actualStartOn", locale), 12, r -> r.draft().getActualStartOn())
                .date(
                        header(sheet, "plannedProductionOn", locale),
                        12,
                        r -> r.draft().getPlannedProductionOn())
                .date(
                        header(sheet, "actualProductionOn", locale),
                        12,
                        r -> r.draft().getActualProductionOn())
                .text(
                        header(sheet, "lostReason", locale),
                        24,
                        r -> blankToNull(r.draft().getLostReason()))
                .write(rows, out);
    }

    /** A value group's plain number fields, each in its own column: money in 万元, counts as whole numbers. */
    private static void numbers(
            XlsxExport<LeadExportRow> export, LeadColumns.Sheet sheet, List<LeadNumberField> fields, Locale locale) {
        for (LeadNumberField field : fields) {
            String header = header(sheet, field.name(), locale);
            switch (field.measure()) {
                case MONEY -> export.wan(header, 16, r -> r.draft().number(field));
                case COUNT ->
                    export.integer(header, field.width(), r -> {
                        BigDecimal value = r.draft().number(field);
                        return value == null ? null : value.intValue();
                    });
                case AREA_MU, AREA_SQM ->
                    export.decimal(
                            header, field.width(), "#,##0.00", r -> r.draft().number(field));
            }
        }
    }

    /** A value group's plain text fields, each in its own column. */
    private static void texts(
            XlsxExport<LeadExportRow> export, LeadColumns.Sheet sheet, List<LeadTextField> fields, Locale locale) {
        for (LeadTextField field : fields) {
            export.text(
                    header(sheet, field.name(), locale),
                    field.width(),
                    r -> blankToNull(r.draft().text(field)));
        }
    }

    /** The leads' ids first, then their rows chunk by chunk as the writer asks for them. */
    private Iterator<LeadExportRow> rows(LeadFilter filter, long limit) {
        List<Long> ids = leads.exportIds(filter, (int) Math.min(limit, Integer.MAX_VALUE - 1));
        return new Iterator<>() {
            private final Deque<LeadExportRow> buffer = new ArrayDeque<>();
            private int next;

            @Override
            public boolean hasNext() {
                while (buffer.isEmpty() && next < ids.size()) {
                    List<Long> chunk = ids.subList(next, Math.min(ids.size(), next + CHUNK));
                    next += chunk.size();
                    buffer.addAll(leads.exportRows(chunk)); // leads deleted since are left out
                }
                return !buffer.isEmpty();
            }

            @Override
            public LeadExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return buffer.removeFirst();
            }
        };
    }

    private static String header(LeadColumns.Sheet sheet, String id, Locale locale) {
        ColumnSpec column = sheet.column(id);
        return column.header(locale);
    }

    private static <E> @Nullable String label(Choices<E> choices, @Nullable E value, Locale locale) {
        return value == null
                ? null
                : choices.choiceOf(value).map(c -> c.label(locale)).orElse(null);
    }

    private static boolean english(Locale locale) {
        return com.chainleads.base.i18n.AppLocales.isEnglish(locale);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

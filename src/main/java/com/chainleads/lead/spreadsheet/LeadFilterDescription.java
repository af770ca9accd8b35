package com.chainleads.lead.spreadsheet;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.ui.Formats;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.security.service.DirectoryService;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A lead filter in words, for the first row of an export: "产业领域：电子信息；阶段：在谈；总投资 ≥ 10,000 万元". */
@Component
class LeadFilterDescription {

    private final ChainReferenceService chains;
    private final DirectoryService directory;
    private final I18NProvider i18n;

    LeadFilterDescription(ChainReferenceService chains, DirectoryService directory, I18NProvider i18n) {
        this.chains = chains;
        this.directory = directory;
        this.i18n = i18n;
    }

    String describe(LeadFilter filter, Locale locale) {
        Function<String, String> t = key -> i18n.getTranslation(key, locale);
        String separator = AppLocales.isEnglish(locale) ? "; " : "；";
        String listSeparator = AppLocales.isEnglish(locale) ? ", " : "、";
        List<String> parts = new ArrayList<>();
        if (filter.text() != null) {
            parts.add(part(t, "lead.export.filter.text", "“" + filter.text() + "”"));
        }
        if (!filter.sectors().isEmpty()) {
            parts.add(part(
                    t,
                    "lead.field.sectorId",
                    chains.sectors().stream()
                            .filter(s -> filter.sectors().contains(s.code()))
                            .map(s -> s.name(locale))
                            .collect(Collectors.joining(listSeparator))));
        }
        if (filter.chainLink() != null) {
            parts.add(part(
                    t,
                    "lead.field.chainLinkId",
                    chains.linkByCode(filter.chainLink())
                            .map(l -> l.name(locale))
                            .orElse(filter.chainLink())));
        }
        enums(parts, t, "lead.field.stage", filter.stages(), s -> t.apply(s.translationKey()), listSeparator);
        if (filter.unit() != null) {
            parts.add(part(
                    t,
                    "lead.field.unitId",
                    directory.units().stream()
                            .filter(u -> u.code().equals(filter.unit()))
                            .map(u -> u.name(locale))
                            .findFirst()
                            .orElse(filter.unit())));
        }
        if (filter.owner() != null) {
            parts.add(part(
                    t,
                    "lead.field.ownerId",
                    directory.officers(null).stream()
                            .filter(u -> u.username().equals(filter.owner()))
                            .map(u -> u.displayName())
                            .findFirst()
                            .orElse(filter.owner())));
        }
        if (filter.minInvestment() != null || filter.maxInvestment() != null) {
            parts.add(part(
                    t,
                    "lead.field.totalInvestment",
                    range(amount(filter.minInvestment()), amount(filter.maxInvestment()))));
        }
        enums(
                parts,
                t,
                "lead.field.qualifications",
                filter.qualifications(),
                q -> t.apply(q.translationKey()),
                listSeparator);
        if (filter.hotIndustry() != null) {
            parts.add(part(
                    t, "lead.field.hotIndustry", t.apply(filter.hotIndustry() ? "lead.audit.yes" : "lead.audit.no")));
        }
        dates(parts, t, "lead.field.firstReportedAt", filter.reportedFrom(), filter.reportedTo());
        dates(parts, t, "lead.field.nextFollowUpOn", filter.nextFollowUpFrom(), filter.nextFollowUpTo());
        enums(parts, t, "lead.field.channel", filter.channels(), c -> t.apply(c.translationKey()), listSeparator);
        enums(parts, t, "lead.field.originRegion", filter.regions(), r -> t.apply(r.translationKey()), listSeparator);
        enums(
                parts,
                t,
                "lead.field.projectType",
                filter.projectTypes(),
                p -> t.apply(p.translationKey()),
                listSeparator);
        dates(parts, t, "lead.field.signedOn", filter.signedFrom(), filter.signedTo());
        dates(parts, t, "lead.export.filter.landed", filter.landedFrom(), filter.landedTo());
        dates(parts, t, "lead.field.lastFollowUpOn", filter.activityFrom(), filter.activityTo());
        if (filter.reachedStage() != null) {
            parts.add(part(
                    t,
                    "lead.export.filter.reached",
                    t.apply(filter.reachedStage().translationKey())));
        }
        return parts.isEmpty() ? t.apply("lead.export.filter.all") : String.join(separator, parts);
    }

    private static String part(Function<String, String> t, String labelKey, String value) {
        return t.apply(labelKey).replaceAll("[（(].*[)）]", "") + "：" + value;
    }

    private static <E> void enums(
            List<String> parts,
            Function<String, String> t,
            String labelKey,
            Collection<E> values,
            Function<E, String> label,
            String separator) {
        if (!values.isEmpty()) {
            parts.add(part(t, labelKey, values.stream().sorted().map(label).collect(Collectors.joining(separator))));
        }
    }

    private static void dates(
            List<String> parts,
            Function<String, String> t,
            String labelKey,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        if (from != null || to != null) {
            parts.add(part(t, labelKey, range(Formats.date(from), Formats.date(to))));
        }
    }

    private static String amount(@Nullable BigDecimal wan) {
        return wan == null ? "" : wan.stripTrailingZeros().toPlainString();
    }

    private static String range(String from, String to) {
        if (to.isEmpty()) {
            return "≥ " + from;
        }
        if (from.isEmpty()) {
            return "≤ " + to;
        }
        return from + " ~ " + to;
    }
}

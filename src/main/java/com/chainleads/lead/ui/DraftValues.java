package com.chainleads.lead.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Money;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.security.service.UserOption;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A draft's editable fields as display texts, to compare the user's input with what someone else saved. */
final class DraftValues {

    private final Component context;
    private final List<SectorOption> sectors;
    private final List<ChainLinkOption> chainLinks;
    private final List<UserOption> leaders;
    private final Locale locale;

    DraftValues(
            Component context,
            Locale locale,
            List<SectorOption> sectors,
            List<ChainLinkOption> chainLinks,
            List<UserOption> leaders) {
        this.context = context;
        this.locale = locale;
        this.sectors = sectors;
        this.chainLinks = chainLinks;
        this.leaders = leaders;
    }

    Map<String, String> describe(LeadDraft d) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("projectName", d.getProjectName());
        values.put("investorName", d.getInvestorName());
        values.put("creditCode", d.getCreditCode());
        values.put(
                "investorType",
                d.getInvestorType() == null ? "" : t(d.getInvestorType().translationKey()));
        Investor.TEXT_FIELDS.forEach(field -> values.put(field.name(), d.text(field)));
        values.put(
                "qualifications",
                d.getQualifications().stream()
                        .sorted()
                        .map(q -> t(q.translationKey()))
                        .collect(Collectors.joining("、")));
        values.put(
                "sectorId",
                sectors.stream()
                        .filter(s -> d.getSectorId() != null && s.id() == d.getSectorId())
                        .findFirst()
                        .map(s -> s.name(locale))
                        .orElse(""));
        values.put(
                "chainLinkId",
                chainLinks.stream()
                        .filter(l -> d.getChainLinkId() != null && l.id() == d.getChainLinkId())
                        .findFirst()
                        .map(l -> l.name(locale))
                        .orElse(""));
        values.put(
                "chainPurpose",
                d.getChainPurpose() == null ? "" : t(d.getChainPurpose().translationKey()));
        values.put(
                "projectType",
                d.getProjectType() == null ? "" : t(d.getProjectType().translationKey()));
        values.put("hotIndustry", t(d.isHotIndustry() ? "lead.audit.yes" : "lead.audit.no"));
        values.put("totalInvestment", money(d.getTotalInvestment(), locale));
        Economics.NUMBER_FIELDS.forEach(field -> values.put(field.name(), number(field, d.number(field), locale)));
        values.put("channel", d.getChannel() == null ? "" : t(d.getChannel().translationKey()));
        values.put("referrer", d.getReferrer());
        values.put(
                "originRegion",
                d.getOriginRegion() == null ? "" : t(d.getOriginRegion().translationKey()));
        SiteNeeds.NUMBER_FIELDS.forEach(field -> values.put(field.name(), number(field, d.number(field), locale)));
        SiteNeeds.TEXT_FIELDS.forEach(field -> values.put(field.name(), d.text(field)));
        values.put(
                "leaderId",
                leaders.stream()
                        .filter(l -> d.getLeaderId() != null && l.id() == d.getLeaderId())
                        .findFirst()
                        .map(UserOption::displayName)
                        .orElse(""));
        Milestones.DATE_FIELDS.forEach(field -> values.put(field.name(), date(d.date(field))));
        values.put("signedOn", date(d.getSignedOn()));
        values.put("signedAmount", money(d.getSignedAmount(), locale));
        values.put("fundsReceived", money(d.getFundsReceived(), locale));
        values.put("plannedStartOn", date(d.getPlannedStartOn()));
        values.put("actualStartOn", date(d.getActualStartOn()));
        values.put("plannedProductionOn", date(d.getPlannedProductionOn()));
        values.put("actualProductionOn", date(d.getActualProductionOn()));
        values.put("lostReason", d.getLostReason());
        values.put("claimReason", d.getClaimReason());
        return values;
    }

    private String t(String key) {
        return context.getTranslation(key);
    }

    private static String money(@Nullable BigDecimal value, Locale locale) {
        return value == null ? "" : Money.format(value, locale);
    }

    /** Amounts of money as the register shows them, areas and counts as plain numbers. */
    private static String number(LeadNumberField field, @Nullable BigDecimal value, Locale locale) {
        return field.measure() == LeadNumberField.Measure.MONEY ? money(value, locale) : plain(value);
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String date(@Nullable LocalDate value) {
        return Formats.date(value);
    }
}

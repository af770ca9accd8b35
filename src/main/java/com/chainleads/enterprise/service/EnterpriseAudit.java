package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.enterprise.domain.EnterpriseAuditEntry;
import com.chainleads.enterprise.domain.EnterpriseAuditEntry.Action;
import com.chainleads.enterprise.domain.EnterpriseAuditEntry.Subject;
import com.chainleads.enterprise.domain.EnterpriseAuditRepository;
import com.chainleads.enterprise.domain.InnovationPlatform;
import com.chainleads.enterprise.domain.TierHolding;
import com.chainleads.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The library's change log: one immutable row per changed field, with who and when. Values are written
 * language-neutral where they are codes (tiers, platform types and levels, yes/no as true/false), which the page
 * translates when it shows them; names of sectors and links in Chinese, as the chains are kept.
 */
@Component
class EnterpriseAudit {

    private final EnterpriseAuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    EnterpriseAudit(EnterpriseAuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    static Map<String, @Nullable String> snapshot(LocalEnterprise enterprise) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("name", enterprise.getName());
        fields.put("creditCode", enterprise.getCreditCode().value());
        fields.put(
                "sectorId",
                enterprise.getSector() == null ? null : enterprise.getSector().getNameZh());
        fields.put(
                "links",
                enterprise.getLinks().stream()
                        .map(ChainLink::getNameZh)
                        .sorted()
                        .collect(Collectors.joining("、")));
        fields.put("aboveScale", Boolean.toString(enterprise.isAboveScale()));
        fields.put("annualOutputWan", plain(enterprise.getAnnualOutputWan()));
        fields.put(
                "jobs",
                enterprise.getJobs() == null ? null : enterprise.getJobs().toString());
        fields.put(
                "officerId",
                enterprise.getResponsibleOfficer() == null
                        ? null
                        : enterprise.getResponsibleOfficer().getDisplayName());
        return fields;
    }

    static String describe(TierHolding tier) {
        return tier.getTier().name() + " " + tier.getGrantedOn() + "～" + tier.getValidUntil()
                + (tier.getCertificateNo() == null ? "" : " " + tier.getCertificateNo());
    }

    static String describe(InnovationPlatform platform) {
        return platform.getName() + " " + platform.getLevel().name() + " "
                + platform.getType().name()
                + (platform.getRecognisedOn() == null ? "" : " " + platform.getRecognisedOn());
    }

    static Map<String, @Nullable String> figures(IndicatorsCommand figures) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        figures.figures()
                .forEach((field, value) -> fields.put(
                        field,
                        value instanceof BigDecimal amount ? plain(amount) : value == null ? null : value.toString()));
        return fields;
    }

    /** Writes a row for every field whose value differs between {@code before} and {@code after}. */
    void changed(
            long enterpriseId,
            Subject subject,
            Action action,
            String prefix,
            Map<String, @Nullable String> before,
            Map<String, @Nullable String> after) {
        for (var field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                write(enterpriseId, subject, action, prefix + field.getKey(), old, field.getValue());
            }
        }
    }

    void write(
            long enterpriseId,
            Subject subject,
            Action action,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue) {
        entries.save(new EnterpriseAuditEntry(
                enterpriseId,
                subject,
                action,
                field,
                cut(oldValue),
                cut(newValue),
                currentUser.require().displayName(),
                clock.instant()));
    }

    private static @Nullable String plain(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 499) + "…";
    }
}

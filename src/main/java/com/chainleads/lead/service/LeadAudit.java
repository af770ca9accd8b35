package com.chainleads.lead.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.domain.LocalizedName;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadAuditEntry;
import com.chainleads.lead.domain.LeadAuditRepository;
import com.chainleads.lead.domain.LeadFollowUp;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.security.AppUserPrincipal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The change log of leads and follow-ups: Spring Data auditing stamps who and when on each row, and this
 * writes one immutable entry per create, update and delete with every field's old → new value.
 */
@Component
class LeadAudit {

    /** A record's audited fields in a fixed order: field → (type, value). */
    record Snapshot(Map<String, AuditChange> fields) {}

    private final LeadAuditRepository entries;
    private final ObjectMapper json;
    private final Clock clock;

    LeadAudit(LeadAuditRepository entries, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    static Snapshot snapshot(Lead lead) {
        Builder b = new Builder();
        b.text("projectName", lead.getProjectName());
        CreditCode code = lead.getInvestor().getCreditCode();
        b.text("investorName", lead.getInvestor().getName());
        b.text("creditCode", code == null ? null : code.value());
        b.enumValue("investorType", "lead.investorType", lead.getInvestor().getType());
        Investor.TEXT_FIELDS.forEach(field -> b.text(field.name(), field.read(lead)));
        b.enums("qualifications", "lead.qualification", lead.getQualifications());
        b.name("sectorId", lead.getSector());
        b.name("chainLinkId", lead.getChainLink());
        b.enumValue("chainPurpose", "lead.purpose", lead.getChainPurpose());
        b.enumValue("projectType", "lead.projectType", lead.getProjectType());
        b.put("hotIndustry", "bool", Boolean.toString(lead.isHotIndustry()));
        b.money("totalInvestment", lead.getTotalInvestment());
        Economics.NUMBER_FIELDS.forEach(field -> b.number(field, field.read(lead)));
        b.enumValue("channel", "lead.channel", lead.getSource().getChannel());
        b.text("referrer", lead.getSource().getReferrer());
        b.enumValue("originRegion", "lead.region", lead.getSource().getOriginRegion());
        SiteNeeds.NUMBER_FIELDS.forEach(field -> b.number(field, field.read(lead)));
        SiteNeeds.TEXT_FIELDS.forEach(field -> b.text(field.name(), field.read(lead)));
        b.text("ownerId", lead.getOwner().getDisplayName());
        b.name("unitId", lead.getUnit());
        b.text("leaderId", lead.getLeader() == null ? null : lead.getLeader().getDisplayName());
        b.enumValue("stage", "lead.stage", lead.getStage());
        Milestones.DATE_FIELDS.forEach(field -> b.date(field.name(), field.read(lead)));
        b.date("signedOn", lead.getSignedOn());
        b.money("signedAmount", lead.getSignedAmount());
        b.money("fundsReceived", lead.getFundsReceived());
        Milestones milestones = lead.getMilestones();
        b.date("plannedStartOn", milestones.getPlannedStartOn());
        b.date("actualStartOn", milestones.getActualStartOn());
        b.date("plannedProductionOn", milestones.getPlannedProductionOn());
        b.date("actualProductionOn", milestones.getActualProductionOn());
        b.text("lostReason", lead.getLostReason());
        return b.build();
    }

    static Snapshot snapshot(LeadFollowUp followUp) {
        Builder b = new Builder();
        b.date("followUpOn", followUp.getFollowUpOn());
        b.enumValue("method", "lead.followUpMethod", followUp.getMethod());
        b.text("peopleMet", followUp.getPeopleMet());
        b.text("content", followUp.getContent());
        b.text("nextStep", followUp.getNextStep());
        b.date("nextFollowUpOn", followUp.getNextFollowUpOn());
        return b.build();
    }

    static final Snapshot EMPTY = new Snapshot(Map.of());

    /** The fields whose value differs, in snapshot order. */
    static List<AuditChange> diff(Snapshot before, Snapshot after) {
        List<AuditChange> changes = new ArrayList<>();
        Map<String, AuditChange> source = after.fields().isEmpty() ? before.fields() : after.fields();
        for (var field : source.keySet()) {
            AuditChange old = before.fields().get(field);
            AuditChange now = after.fields().get(field);
            String oldValue = old == null ? null : old.newValue();
            String newValue = now == null ? null : now.newValue();
            if (!Objects.equals(oldValue, newValue)) {
                String type = (now != null ? now : old).type();
                changes.add(new AuditChange(field, type, oldValue, newValue));
            }
        }
        return changes;
    }

    /** Writes an entry when something changed (creates and deletes always write). */
    void record(
            Lead lead,
            AuditSubject subject,
            long subjectId,
            AuditAction action,
            Snapshot before,
            Snapshot after,
            AppUserPrincipal actor,
            @Nullable String note) {
        List<AuditChange> changes = diff(before, after);
        if (changes.isEmpty() && action == AuditAction.UPDATE) {
            return;
        }
        entries.save(new LeadAuditEntry(
                lead.getId(),
                lead.getLeadNo(),
                subject,
                subjectId,
                action,
                actor.userId(),
                actor.displayName(),
                clock.instant(),
                write(changes),
                note));
    }

    /** The changes an entry for a new lead records (every field's value), as stored — for batch writers. */
    String changesOfNew(Lead lead) {
        return write(diff(EMPTY, snapshot(lead)));
    }

    List<AuditRow> rows(long leadId) {
        return entries.findByLeadIdOrderByOccurredAtDescIdDesc(leadId).stream()
                .map(entry -> new AuditRow(
                        entry.getId(),
                        entry.getOccurredAt(),
                        entry.getActorName(),
                        entry.getAction(),
                        entry.getSubject(),
                        entry.getSubjectId(),
                        read(entry.getChanges()),
                        entry.getNote()))
                .toList();
    }

    private String write(List<AuditChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AuditChange> read(String changes) {
        try {
            return json.readValue(changes, new TypeReference<List<AuditChange>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Builder {
        private final Map<String, AuditChange> fields = new LinkedHashMap<>();

        void put(String field, String type, @Nullable String value) {
            fields.put(field, new AuditChange(field, type, null, value == null || value.isEmpty() ? null : value));
        }

        void text(String field, @Nullable String value) {
            put(field, "text", value);
        }

        void money(String field, @Nullable BigDecimal value) {
            put(
                    field,
                    "money",
                    value == null
                            ? null
                            : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }

        void number(String field, @Nullable BigDecimal value) {
            put(
                    field,
                    "number",
                    value == null ? null : value.stripTrailingZeros().toPlainString());
        }

        /** A plain number field: money as money, areas and counts as numbers. */
        void number(LeadNumberField field, @Nullable BigDecimal value) {
            if (field.measure() == LeadNumberField.Measure.MONEY) {
                money(field.name(), value);
            } else {
                number(field.name(), value);
            }
        }

        void date(String field, @Nullable LocalDate value) {
            put(field, "date", value == null ? null : value.toString());
        }

        void enumValue(String field, String prefix, @Nullable Enum<?> value) {
            put(field, "enum:" + prefix, value == null ? null : value.name());
        }

        void enums(String field, String prefix, Collection<? extends Enum<?>> values) {
            put(
                    field,
                    "enums:" + prefix,
                    values.stream()
                            .map(Enum::name)
                            .sorted()
                            .reduce((a, b) -> a + "," + b)
                            .orElse(null));
        }

        void name(String field, @Nullable LocalizedName value) {
            put(
                    field,
                    "name",
                    value == null ? null : value.getNameZh() + AuditChange.NAME_SEPARATOR + value.getNameEn());
        }

        Snapshot build() {
            return new Snapshot(fields);
        }
    }
}

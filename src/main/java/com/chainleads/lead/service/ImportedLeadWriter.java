package com.chainleads.lead.service;

import static com.chainleads.lead.domain.JdbcBinding.date;
import static com.chainleads.lead.domain.JdbcBinding.decimal;
import static com.chainleads.lead.domain.JdbcBinding.number;
import static com.chainleads.lead.domain.JdbcBinding.text;
import static com.chainleads.lead.domain.JdbcBinding.utc;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.base.domain.CreditCode;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadDateField;
import com.chainleads.lead.domain.LeadDateFields;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadNumberFields;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.LeadTextFields;
import com.chainleads.lead.domain.LeadValueColumns;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.security.AppUserPrincipal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the leads of an import window with JDBC batches inside the import's transaction: the leads, their
 * qualification tags, the first stage-history entry and the audit entry each, a few statements per window instead
 * of several per row (Hibernate cannot batch inserts of identity-keyed rows). The leads are built as entities first
 * (the same {@code apply} as the form), so the audit snapshot and the summaries' facts are the form's; the caller
 * tells the summaries and the search index, which do not see these writes. Instants are written in UTC as
 * Hibernate writes them ({@code hibernate.jdbc.time_zone=UTC}).
 */
@Component
class ImportedLeadWriter {

    private static final String LEAD_COLUMNS = "version, lead_no, project_name, "
            + "investor_name, credit_code, investor_type, sector_id, chain_link_id, chain_purpose, project_type, "
            + "hot_industry, total_investment, channel, "
            + "referrer, origin_region, first_reporter_id, "
            + "first_reported_at, owner_id, unit_id, leader_id, stage, stage_rank, stage_entered_on, "
            + "next_follow_up_on, last_follow_up_on, signed_on, signed_amount, funds_received, planned_start_on, "
            + "actual_start_on, planned_production_on, actual_production_on, lost_reason, landed_on, last_activity_on, "
            + "furthest_stage_rank, created_by, created_at, updated_by, updated_at"
            + LeadValueColumns.appended();
    /** The parameters of {@link #LEAD_COLUMNS} after the version (written as 0). */
    private static final int LEAD_PARAMETERS = 39 + LeadValueColumns.ALL.size();

    private static final String INSERT_TAG = "insert into lead_qualification (lead_id, tag) values (?, ?)";
    private static final String INSERT_STAGE = "insert into lead_stage_change (version, lead_id, from_stage, "
            + "to_stage, changed_by, changed_at, comment) values (0, ?, null, ?, ?, ?, ?)";
    private static final String INSERT_AUDIT = "insert into lead_audit_entry (version, lead_id, lead_no, subject, "
            + "subject_id, action, actor_id, actor_name, occurred_at, changes, note) values (0, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?)";

    /** A lead to insert with its audit entry's changes (JSON, see {@link LeadAudit#changesOfNew}). */
    record NewLead(Lead lead, String auditChanges) {}

    private final JdbcTemplate jdbc;
    private final List<ImportedLeadColumns> otherColumns;
    private final String insertLead;

    ImportedLeadWriter(JdbcTemplate jdbc, ObjectProvider<ImportedLeadColumns> otherColumns) {
        this.jdbc = jdbc;
        this.otherColumns = otherColumns.orderedStream().toList();
        List<String> names = new ArrayList<>();
        this.otherColumns.forEach(columns -> names.addAll(columns.names()));
        this.insertLead = "insert into investment_lead (" + LEAD_COLUMNS
                + names.stream().map(name -> ", " + name).collect(Collectors.joining()) + ") values (0, "
                + String.join(", ", Collections.nCopies(LEAD_PARAMETERS + names.size(), "?")) + ")";
    }

    /**
     * Inserts the leads (each with its lead number already set) and what belongs to them; returns their ids in
     * the order given.
     */
    List<Long> insert(List<NewLead> leads, AppUserPrincipal actor, Instant now, String fileName) {
        if (leads.isEmpty()) {
            return List.of();
        }
        Timestamp stamp = utc(now);
        jdbc.batchUpdate(insertLead, leads, leads.size(), (s, n) -> {
            int next = bindLead(s, n.lead(), actor.userId(), stamp);
            for (ImportedLeadColumns columns : otherColumns) {
                for (Object value : columns.values(n.lead())) {
                    s.setObject(next++, value);
                }
            }
        });
        List<Long> ids = idsOf(leads);
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> stages = new ArrayList<>(leads.size());
        List<Object[]> audits = new ArrayList<>(leads.size());
        for (int i = 0; i < leads.size(); i++) {
            Lead lead = leads.get(i).lead();
            long id = ids.get(i);
            for (QualificationTag tag : lead.getQualifications()) {
                tags.add(new Object[] {id, tag.name()});
            }
            stages.add(new Object[] {id, lead.getStage().name(), actor.userId(), stamp, fileName});
            audits.add(new Object[] {
                id,
                lead.getLeadNo(),
                AuditSubject.LEAD.name(),
                id,
                AuditAction.IMPORT.name(),
                actor.userId(),
                actor.displayName(),
                stamp,
                leads.get(i).auditChanges(),
                fileName
            });
        }
        if (!tags.isEmpty()) {
            jdbc.batchUpdate(INSERT_TAG, tags);
        }
        jdbc.batchUpdate(INSERT_STAGE, stages);
        jdbc.batchUpdate(INSERT_AUDIT, audits);
        return ids;
    }

    /** The generated ids, read back by lead number (unique) in one query. */
    private List<Long> idsOf(List<NewLead> leads) {
        List<String> numbers = leads.stream().map(n -> n.lead().getLeadNo()).toList();
        Map<String, Long> byNumber = new HashMap<>(numbers.size() * 2);
        jdbc.query(
                "select id, lead_no from investment_lead where lead_no in ("
                        + String.join(",", Collections.nCopies(numbers.size(), "?")) + ")",
                rs -> {
                    byNumber.put(rs.getString(2), rs.getLong(1));
                },
                numbers.toArray());
        List<Long> ids = new ArrayList<>(numbers.size());
        for (String number : numbers) {
            Long id = byNumber.get(number);
            if (id == null) {
                throw new IllegalStateException("Imported lead " + number + " not found after its insert");
            }
            ids.add(id);
        }
        return ids;
    }

    /** Binds the register's columns; returns the next parameter's index. */
    private static int bindLead(PreparedStatement s, Lead l, long actorId, Timestamp now) throws SQLException {
        int i = 1;
        s.setString(i++, l.getLeadNo());
        s.setString(i++, l.getProjectName());
        CreditCode code = l.getInvestor().getCreditCode();
        s.setString(i++, l.getInvestor().getName());
        text(s, i++, code == null ? null : code.value());
        text(s, i++, name(l.getInvestor().getType()));
        s.setLong(i++, id(l.getSector()));
        number(s, i++, l.getChainLink() == null ? null : id(l.getChainLink()));
        text(s, i++, name(l.getChainPurpose()));
        text(s, i++, name(l.getProjectType()));
        s.setBoolean(i++, l.isHotIndustry());
        decimal(s, i++, l.getTotalInvestment());
        s.setString(i++, l.getSource().getChannel().name());
        text(s, i++, l.getSource().getReferrer());
        text(s, i++, name(l.getSource().getOriginRegion()));
        s.setLong(i++, id(l.getFirstReporter()));
        s.setTimestamp(i++, utc(l.getFirstReportedAt()));
        s.setLong(i++, id(l.getOwner()));
        s.setLong(i++, id(l.getUnit()));
        number(s, i++, l.getLeader() == null ? null : id(l.getLeader()));
        s.setString(i++, l.getStage().name());
        s.setInt(i++, l.getStage().rank());
        date(s, i++, l.getStageEnteredOn());
        date(s, i++, l.getNextFollowUpOn());
        date(s, i++, l.getLastFollowUpOn());
        date(s, i++, l.getSignedOn());
        decimal(s, i++, l.getSignedAmount());
        decimal(s, i++, l.getFundsReceived());
        date(s, i++, l.getMilestones().getPlannedStartOn());
        date(s, i++, l.getMilestones().getActualStartOn());
        date(s, i++, l.getMilestones().getPlannedProductionOn());
        date(s, i++, l.getMilestones().getActualProductionOn());
        text(s, i++, l.getLostReason());
        date(s, i++, l.getLandedOn());
        date(s, i++, l.getLastActivityOn());
        s.setInt(i++, l.getFurthestStageRank());
        s.setLong(i++, actorId);
        s.setTimestamp(i++, now);
        s.setLong(i++, actorId);
        s.setTimestamp(i++, now);
        for (LeadNumberField field : LeadNumberFields.ALL) {
            number(s, i++, field, field.read(l));
        }
        for (LeadDateField field : LeadDateFields.ALL) {
            date(s, i++, field.read(l));
        }
        for (LeadTextField field : LeadTextFields.ALL) {
            text(s, i++, field.read(l));
        }
        return i;
    }

    private static long id(AbstractEntity entity) {
        Long id = entity.getId();
        if (id == null) {
            throw new IllegalStateException(
                    "Unsaved reference " + entity.getClass().getSimpleName());
        }
        return id;
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}

package com.chainleads.lead.demo;

import static com.chainleads.lead.domain.JdbcBinding.date;
import static com.chainleads.lead.domain.JdbcBinding.decimal;
import static com.chainleads.lead.domain.JdbcBinding.number;
import static com.chainleads.lead.domain.JdbcBinding.text;
import static com.chainleads.lead.domain.JdbcBinding.utc;

import com.chainleads.lead.demo.DemoLeadGenerator.GeneratedFollowUp;
import com.chainleads.lead.demo.DemoLeadGenerator.GeneratedLead;
import com.chainleads.lead.demo.DemoLeadGenerator.GeneratedStageChange;
import com.chainleads.lead.domain.LeadDateField;
import com.chainleads.lead.domain.LeadDateFields;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadNumberFields;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.LeadTextFields;
import com.chainleads.lead.domain.LeadValueColumns;
import com.chainleads.lead.domain.QualificationTag;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Writes generated leads with plain JDBC batches (ids assigned here, so one round trip per batch), for the
 * demo data and the benchmark's data generator. Timestamps are written in UTC like Hibernate does.
 */
public final class DemoLeadWriter {

    private static final String LEAD_COLUMNS = "id, version, lead_no, project_name, "
            + "investor_name, credit_code, investor_type, sector_id, chain_link_id, chain_purpose, project_type, "
            + "hot_industry, total_investment, channel, "
            + "referrer, origin_region, first_reporter_id, "
            + "first_reported_at, owner_id, unit_id, leader_id, stage, stage_rank, stage_entered_on, "
            + "next_follow_up_on, last_follow_up_on, signed_on, signed_amount, funds_received, planned_start_on, "
            + "actual_start_on, planned_production_on, actual_production_on, lost_reason, landed_on, last_activity_on, "
            + "furthest_stage_rank, created_by, created_at, updated_by, updated_at";
    /** The columns above less the version (written as 0), then the value groups' plain text fields. */
    private static final int LEAD_PARAMETERS = 40 + LeadValueColumns.ALL.size();

    private static final String INSERT_LEAD = "insert into investment_lead (" + LEAD_COLUMNS
            + LeadValueColumns.appended()
            + ") values (?, 0, " + String.join(", ", Collections.nCopies(LEAD_PARAMETERS - 1, "?")) + ")";
    private static final String INSERT_TAG = "insert into lead_qualification (lead_id, tag) values (?, ?)";
    private static final String INSERT_FOLLOW_UP = "insert into lead_follow_up (version, lead_id, follow_up_on, "
            + "method, people_met, content, next_step, next_follow_up_on, created_by, created_at, updated_at) "
            + "values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STAGE = "insert into lead_stage_change (version, lead_id, from_stage, "
            + "to_stage, changed_by, changed_at, comment) values (0, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final int batchSize;

    public DemoLeadWriter(Connection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    public long maxLeadId() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from investment_lead")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts the leads with ids from {@code firstId} on, with their tags, follow-ups and stage histories. */
    public void write(List<GeneratedLead> leads, long firstId) throws SQLException {
        try (PreparedStatement lead = connection.prepareStatement(INSERT_LEAD);
                PreparedStatement tag = connection.prepareStatement(INSERT_TAG);
                PreparedStatement followUp = connection.prepareStatement(INSERT_FOLLOW_UP);
                PreparedStatement stage = connection.prepareStatement(INSERT_STAGE)) {
            long id = firstId;
            int pending = 0;
            for (GeneratedLead g : leads) {
                bindLead(lead, id, g);
                lead.addBatch();
                for (QualificationTag t : g.qualifications()) {
                    tag.setLong(1, id);
                    tag.setString(2, t.name());
                    tag.addBatch();
                }
                for (GeneratedFollowUp f : g.followUps()) {
                    followUp.setLong(1, id);
                    followUp.setDate(2, Date.valueOf(f.on()));
                    followUp.setString(3, f.method().name());
                    followUp.setString(4, f.peopleMet());
                    followUp.setString(5, f.content());
                    text(followUp, 6, f.nextStep());
                    date(followUp, 7, f.nextOn());
                    followUp.setLong(8, f.authorId());
                    followUp.setTimestamp(9, utc(f.createdAt()));
                    followUp.setTimestamp(10, utc(f.createdAt()));
                    followUp.addBatch();
                }
                for (GeneratedStageChange c : g.history()) {
                    stage.setLong(1, id);
                    text(stage, 2, c.from() == null ? null : c.from().name());
                    stage.setString(3, c.to().name());
                    stage.setLong(4, c.byId());
                    stage.setTimestamp(5, utc(c.at()));
                    text(stage, 6, c.comment());
                    stage.addBatch();
                }
                id++;
                if (++pending == batchSize) {
                    flush(lead, tag, followUp, stage);
                    pending = 0;
                }
            }
            flush(lead, tag, followUp, stage);
        }
    }

    /** Each year's next lead number, as the counters hold it. */
    public Map<Integer, Integer> readCounters() throws SQLException {
        Map<Integer, Integer> counters = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select counter_year, next_value from lead_number_counter")) {
            while (rs.next()) {
                counters.put(rs.getInt(1), rs.getInt(2));
            }
        }
        return counters;
    }

    /** Sets each year's lead number counter past the numbers the generator handed out. */
    public void updateCounters(Map<Integer, Integer> nextNumbers) throws SQLException {
        for (var entry : nextNumbers.entrySet()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update lead_number_counter set next_value = ? where counter_year = ? and next_value < ?")) {
                update.setInt(1, entry.getValue());
                update.setInt(2, entry.getKey());
                update.setInt(3, entry.getValue());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement exists = connection.prepareStatement(
                            "select count(*) from lead_number_counter where counter_year = ?")) {
                        exists.setInt(1, entry.getKey());
                        try (ResultSet rs = exists.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                continue;
                            }
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement(
                            "insert into lead_number_counter (counter_year, next_value, version) values (?, ?, 0)")) {
                        insert.setInt(1, entry.getKey());
                        insert.setInt(2, entry.getValue());
                        insert.executeUpdate();
                    }
                }
            }
        }
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    private static void bindLead(PreparedStatement s, long id, GeneratedLead g) throws SQLException {
        int i = 1;
        s.setLong(i++, id);
        s.setString(i++, g.leadNo());
        s.setString(i++, g.projectName());
        s.setString(i++, g.investorName());
        text(s, i++, g.creditCode());
        s.setString(i++, g.investorType().name());
        s.setLong(i++, g.sectorId());
        number(s, i++, g.chainLinkId());
        text(s, i++, g.chainPurpose() == null ? null : g.chainPurpose().name());
        s.setString(i++, g.projectType().name());
        s.setBoolean(i++, g.hotIndustry());
        decimal(s, i++, g.totalInvestment());
        s.setString(i++, g.channel().name());
        text(s, i++, g.referrer());
        s.setString(i++, g.originRegion().name());
        s.setLong(i++, g.firstReporterId());
        s.setTimestamp(i++, utc(g.firstReportedAt()));
        s.setLong(i++, g.ownerId());
        s.setLong(i++, g.unitId());
        number(s, i++, g.leaderId());
        s.setString(i++, g.stage().name());
        s.setInt(i++, g.stage().rank());
        s.setDate(i++, Date.valueOf(g.stageEnteredOn()));
        date(s, i++, g.nextFollowUpOn());
        date(s, i++, g.lastFollowUpOn());
        date(s, i++, g.signedOn());
        decimal(s, i++, g.signedAmount());
        decimal(s, i++, g.fundsReceived());
        date(s, i++, g.plannedStartOn());
        date(s, i++, g.actualStartOn());
        date(s, i++, g.plannedProductionOn());
        date(s, i++, g.actualProductionOn());
        text(s, i++, g.lostReason());
        date(s, i++, g.landedOn());
        s.setDate(i++, Date.valueOf(g.lastActivityOn()));
        s.setInt(i++, g.furthestStageRank());
        s.setLong(i++, g.firstReporterId());
        s.setTimestamp(i++, utc(g.firstReportedAt()));
        s.setLong(i++, g.ownerId());
        Instant updated = g.history().isEmpty()
                ? g.firstReportedAt()
                : g.history().get(g.history().size() - 1).at();
        s.setTimestamp(i++, utc(updated));
        for (LeadNumberField field : LeadNumberFields.ALL) {
            number(s, i++, field, g.numbers().get(field));
        }
        for (LeadDateField field : LeadDateFields.ALL) {
            date(s, i++, g.dates().get(field));
        }
        for (LeadTextField field : LeadTextFields.ALL) {
            text(s, i++, g.texts().get(field));
        }
    }

    /** Rows of (sector id, code, name, link id, link name) for {@link DemoLeadGenerator#sectorsFrom(List)}. */
    public static List<Object[]> readSectors(Connection connection) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select s.id, s.code, s.name_zh, l.id, l.name_zh from sector s "
                        + "join chain_link l on l.sector_id = s.id order by s.sort_order, l.sort_order")) {
            while (rs.next()) {
                rows.add(
                        new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)});
            }
        }
        return rows;
    }

    public static List<DemoLeadGenerator.OfficerRef> readOfficers(Connection connection) throws SQLException {
        List<DemoLeadGenerator.OfficerRef> officers = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id, unit_id from app_user where role = 'OFFICER' "
                        + "and enabled = true and unit_id is not null order by id")) {
            while (rs.next()) {
                officers.add(new DemoLeadGenerator.OfficerRef(rs.getLong(1), rs.getLong(2)));
            }
        }
        return officers;
    }

    public static List<Long> readLeaders(Connection connection) throws SQLException {
        List<Long> leaders = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id from app_user where role = 'LEADER' order by id")) {
            while (rs.next()) {
                leaders.add(rs.getLong(1));
            }
        }
        return leaders;
    }
}

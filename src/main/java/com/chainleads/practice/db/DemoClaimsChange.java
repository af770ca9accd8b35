package com.chainleads.practice.db;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.claim.domain.InvestorNameMatcher;
import com.chainleads.claim.domain.InvestorNameNormalizer;
import com.chainleads.claim.domain.NameMatch;
import com.chainleads.claim.domain.NormalizedName;
import com.chainleads.lead.demo.DemoLeadGenerator.OfficerRef;
import com.chainleads.lead.demo.DemoLeadWriter;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Liquibase change (context {@code demo} only): a few 撞单 claims awaiting a ruling. For recent, followed-up demo
 * leads (still protected by their first report), an officer of another unit registers the same investor — written
 * a little differently, as people do — a few days ago and files a claim with a plausible reason.
 */
public class DemoClaimsChange implements CustomTaskChange {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final List<String> REASONS = List.of(
            "企业华中区域负责人由我科室通过深圳湖北商会对接，已两次来访考察，掌握项目一手信息，建议由我科室继续跟进。",
            "企业董事长在中博会上直接与我科室洽谈并明确由我科室对接，首报单位此前仅电话联系过一次。",
            "该项目为企业二期扩产，一期由我科室服务落地，企业希望延续原对接关系。",
            "我科室驻点招商组在上海已与企业投资部会谈三次，并已提交项目建议书。");

    private int count = 4;
    private int written;

    public void setCount(String count) {
        this.count = Integer.parseInt(count);
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            written = write(connection, LocalDate.now(ZONE));
        } catch (SQLException e) {
            throw new CustomChangeException("Could not write the demo claims", e);
        }
    }

    private record Target(
            long id, String investorName, @Nullable String creditCode, long unitId) {}

    int write(Connection connection, LocalDate today) throws SQLException {
        Map<Long, List<Long>> officersByUnit = new TreeMap<>();
        for (OfficerRef officer : DemoLeadWriter.readOfficers(connection)) {
            officersByUnit
                    .computeIfAbsent(officer.unitId(), unit -> new ArrayList<>())
                    .add(officer.id());
        }
        List<Long> units = new ArrayList<>(officersByUnit.keySet());
        if (units.size() < 2) {
            return 0;
        }
        List<Target> targets = targets(connection, today);
        long nextId = new DemoLeadWriter(connection, 1).maxLeadId() + 1;
        Map<Integer, Integer> nextNumbers = new HashMap<>();
        int done = 0;
        for (Target target : targets) {
            if (done == count) {
                break;
            }
            long claimantUnit =
                    units.get((units.indexOf(target.unitId()) + 1 + done % (units.size() - 1)) % units.size());
            if (claimantUnit == target.unitId()) {
                continue;
            }
            long claimant = officersByUnit.get(claimantUnit).get(0);
            LocalDate reportedOn = today.minusDays(count - done); // the first claim is the oldest
            Instant reportedAt =
                    reportedOn.atTime(LocalTime.of(10 + done, 15)).atZone(ZONE).toInstant();
            int year = reportedOn.getYear();
            int sequence = nextNumbers.computeIfAbsent(year, y -> nextNumber(connection, y));
            nextNumbers.put(year, sequence + 1);
            String variant = variant(target.investorName());
            NameMatch match = InvestorNameMatcher.match(
                    variant,
                    CreditCode.parse(target.creditCode()).orElse(null),
                    target.investorName(),
                    CreditCode.parse(target.creditCode()).orElse(null));
            insertLead(
                    connection,
                    nextId,
                    String.format("ZS-%d-%04d", year, sequence),
                    variant,
                    claimant,
                    claimantUnit,
                    reportedOn,
                    reportedAt,
                    target.id());
            insertClaim(
                    connection,
                    nextId,
                    target,
                    claimantUnit,
                    claimant,
                    match,
                    REASONS.get(done % REASONS.size()),
                    reportedAt.plusSeconds(60));
            nextId++;
            done++;
        }
        new DemoLeadWriter(connection, 1).updateCounters(nextNumbers);
        return done;
    }

    /** Recent, followed-up leads before signing, one per investor, from all units in turn. */
    private static List<Target> targets(Connection connection, LocalDate today) throws SQLException {
        Map<Long, List<Target>> byUnit = new TreeMap<>();
        Set<String> investors = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select id, investor_name, credit_code, unit_id, "
                        + "first_reported_at, last_activity_on from investment_lead "
                        + "where stage in ('SCREENING', 'CONTACT', 'NEGOTIATING') order by id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                LocalDate reportedOn = LocalDate.ofInstant(utc(rs.getTimestamp(5)), ZONE);
                LocalDate lastActivity = rs.getDate(6).toLocalDate();
                String investor = rs.getString(2);
                if (reportedOn.isBefore(today.minusDays(75))
                        || lastActivity.isBefore(today.minusDays(40))
                        || !investors.add(
                                InvestorNameNormalizer.normalize(investor).key())) {
                    continue;
                }
                byUnit.computeIfAbsent(rs.getLong(4), unit -> new ArrayList<>())
                        .add(new Target(rs.getLong(1), investor, rs.getString(3), rs.getLong(4)));
            }
        }
        List<Target> interleaved = new ArrayList<>();
        while (byUnit.values().stream().anyMatch(list -> !list.isEmpty())) {
            for (List<Target> list : byUnit.values()) {
                if (!list.isEmpty()) {
                    interleaved.add(list.remove(0));
                }
            }
        }
        return interleaved;
    }

    /** The same enterprise as another officer would write it: the region in brackets, or another legal form. */
    static String variant(String name) {
        NormalizedName normalized = InvestorNameNormalizer.normalize(name);
        String candidate = name;
        for (String region : normalized.regions()) {
            for (String written : List.of(region + "市", region)) {
                if (name.startsWith(written) && name.endsWith("有限公司")) {
                    String rest = name.substring(written.length(), name.length() - "有限公司".length());
                    candidate = rest.replaceAll("股份$", "") + "（" + region + "）有限公司";
                    break;
                }
            }
        }
        if (candidate.equals(name)) {
            candidate = name.endsWith("股份有限公司")
                    ? name.replace("股份有限公司", "有限公司")
                    : name.endsWith("有限公司") ? name.substring(0, name.length() - 4) + "股份有限公司" : name;
        }
        return InvestorNameMatcher.match(candidate, name).isSame() ? candidate : name;
    }

    private static int nextNumber(Connection connection, int year) {
        try (PreparedStatement select =
                connection.prepareStatement("select next_value from lead_number_counter where counter_year = ?")) {
            select.setInt(1, year);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertLead(
            Connection connection,
            long id,
            String leadNo,
            String investorName,
            long owner,
            long unit,
            LocalDate reportedOn,
            Instant reportedAt,
            long copyOf)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into investment_lead (id, version, "
                + "lead_no, project_name, investor_name, credit_code, investor_type, sector_id, chain_link_id, "
                + "chain_purpose, project_type, hot_industry, total_investment, fixed_asset_investment, annual_output, "
                + "annual_tax, jobs, channel, referrer, origin_region, target_park, first_reporter_id, "
                + "first_reported_at, owner_id, unit_id, stage, stage_rank, stage_entered_on, last_activity_on, "
                + "furthest_stage_rank, created_by, created_at, updated_by, updated_at) select ?, 0, ?, project_name, ?, "
                + "credit_code, investor_type, sector_id, chain_link_id, chain_purpose, project_type, hot_industry, "
                + "total_investment, fixed_asset_investment, annual_output, annual_tax, jobs, channel, referrer, "
                + "origin_region, target_park, ?, ?, ?, ?, 'REGISTERED', 1, ?, ?, 1, ?, ?, ?, ? "
                + "from investment_lead where id = ?")) {
            int i = 1;
            insert.setLong(i++, id);
            insert.setString(i++, leadNo);
            insert.setString(i++, investorName);
            insert.setLong(i++, owner);
            insert.setTimestamp(i++, utc(reportedAt));
            insert.setLong(i++, owner);
            insert.setLong(i++, unit);
            insert.setDate(i++, Date.valueOf(reportedOn));
            insert.setDate(i++, Date.valueOf(reportedOn));
            insert.setLong(i++, owner);
            insert.setTimestamp(i++, utc(reportedAt));
            insert.setLong(i++, owner);
            insert.setTimestamp(i++, utc(reportedAt));
            insert.setLong(i, copyOf);
            insert.executeUpdate();
        }
        try (PreparedStatement stage = connection.prepareStatement(
                "insert into lead_stage_change (version, lead_id, "
                        + "from_stage, to_stage, changed_by, changed_at, comment) values (0, ?, null, 'REGISTERED', ?, ?, null)")) {
            stage.setLong(1, id);
            stage.setLong(2, owner);
            stage.setTimestamp(3, utc(reportedAt));
            stage.executeUpdate();
        }
    }

    private static void insertClaim(
            Connection connection,
            long claimLead,
            Target first,
            long claimantUnit,
            long claimant,
            NameMatch match,
            String reason,
            Instant filedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into investor_claim (version, "
                + "claim_lead_id, first_lead_id, claimant_unit_id, first_unit_id, match_reason, reason, filed_by, "
                + "filed_at, status) values (0, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')")) {
            insert.setLong(1, claimLead);
            insert.setLong(2, first.id());
            insert.setLong(3, claimantUnit);
            insert.setLong(4, first.unitId());
            insert.setString(5, match.reason().name());
            insert.setString(6, reason);
            insert.setLong(7, claimant);
            insert.setTimestamp(8, utc(filedAt));
            insert.executeUpdate();
        }
    }

    /** UTC wall-clock timestamps, as Hibernate writes instants here (hibernate.jdbc.time_zone=UTC). */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant utc(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    @Override
    public String getConfirmationMessage() {
        return written + " demo claims written";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}

package com.chainleads.benchmark;

import com.chainleads.construction.db.BenchmarkPlans;
import com.chainleads.coordination.db.BenchmarkIssues;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Projects after signing for the benchmark's case p (issue 15): for every signed lead (签约 … 达产) without a plan, a
 * construction plan — a milestone per kind, planned dates around the signing date, actual dates for the reached ones,
 * a share reached late or overdue — its 24 monthly investment figures and its {@code project_progress} row, all by the
 * demo writer's rules ({@link BenchmarkPlans}); and on a few % of the projects (more on the late ones) coordination
 * issues in every state, some overdue, a few with a leader's 批示, each with its history rows and the lead's facts
 * copied on it as {@code CoordinationLeadEvents} keeps them, written by the demo writer's rules ({@link BenchmarkIssues}). Written with JDBC batches, a thousand projects per
 * transaction; a lead that has its progress row is left alone, so a second run only tops up the leads signed since.
 * No evidence files: the lists read {@code evidence_count}, which stays 0.
 */
final class ProjectBenchmarkData {

    private static final Logger log = LoggerFactory.getLogger(ProjectBenchmarkData.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 1_000;

    private record Signed(
            long id,
            String leadNo,
            String projectName,
            String stage,
            LocalDate signedOn,
            long ownerId,
            @Nullable BigDecimal basis,
            long sectorId,
            long unitId) {}

    /** What a top-up wrote. */
    record Written(int projects, int issues, double seconds) {}

    private ProjectBenchmarkData() {}

    /** Gives every signed lead without a plan its plan, figures, summary row and (some) issues. */
    static Written topUp(DataSource dataSource, long seed) throws Exception {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(ZONE);
        int projects = 0;
        int issues = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            BenchmarkPlans plans = new BenchmarkPlans(connection);
            List<Long> departments =
                    BenchmarkData.ids(connection, "select id from department where active = true order by id");
            long leader = BenchmarkData.ids(connection, "select id from app_user where role = 'LEADER' order by id")
                    .get(0);
            long nextIssue = BenchmarkData.maxId(connection, "coordination_issue") + 1;
            long after = 0;
            try (PreparedStatement milestone = connection.prepareStatement("insert into project_milestone (lead_id,"
                            + " kind_id, planned_on, actual_on, confirmed_by_id, confirmed_at, note, version) values"
                            + " (?, ?, ?, ?, ?, ?, null, 0)");
                    PreparedStatement month = connection.prepareStatement("insert into project_investment_month"
                            + " (lead_id, month_start, planned, completed, version) values (?, ?, ?, ?, 0)");
                    PreparedStatement progress = connection.prepareStatement(BenchmarkPlans.PROGRESS_INSERT);
                    PreparedStatement issue = connection.prepareStatement("insert into coordination_issue (id,"
                            + " version, lead_id, lead_no, project_name, sector_id, unit_id, owner_id, issue_type,"
                            + " department_id, deadline, description, status, is_open, raised_by, raised_at, reply,"
                            + " closed_by, closed_at, instruction, instructed_by, instructed_at, overdue_notified,"
                            + " updated_by, updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement event = connection.prepareStatement("insert into coordination_issue_event"
                            + " (version, issue_id, kind, from_status, to_status, note, by_user_id, happened_at)"
                            + " values (0, ?, ?, ?, ?, ?, ?, ?)")) {
                while (true) {
                    List<Signed> chunk = withoutPlan(connection, after);
                    if (chunk.isEmpty()) {
                        break;
                    }
                    for (Signed lead : chunk) {
                        // the demo writer's draws for this lead, so a lead gets the same plan in both
                        Random random = new Random(seed * 31 + lead.id());
                        BenchmarkPlans.Plan plan = plans.plan(
                                lead.id(),
                                lead.projectName(),
                                lead.stage(),
                                lead.signedOn(),
                                lead.ownerId(),
                                lead.basis(),
                                today,
                                random);
                        addPlan(milestone, month, progress, lead, plan);
                        projects++;
                        SplittableRandom draw = new SplittableRandom(seed * 17 + lead.id());
                        boolean late = plan.status().endsWith("DELAYED");
                        if (draw.nextInt(100) < (late ? 12 : 3)) {
                            int count = 1 + draw.nextInt(3);
                            for (int n = 0; n < count; n++) {
                                BenchmarkIssues.add(
                                        issue,
                                        event,
                                        nextIssue++,
                                        lead.id(),
                                        lead.leadNo(),
                                        lead.projectName(),
                                        lead.sectorId(),
                                        lead.unitId(),
                                        lead.ownerId(),
                                        lead.signedOn(),
                                        departments,
                                        leader,
                                        today,
                                        draw);
                                issues++;
                            }
                        }
                    }
                    milestone.executeBatch();
                    month.executeBatch();
                    progress.executeBatch();
                    issue.executeBatch();
                    event.executeBatch();
                    connection.commit();
                    after = chunk.get(chunk.size() - 1).id();
                    if (projects % 20_000 < CHUNK) {
                        log.info(
                                "{} project plans written ({} s)",
                                projects,
                                (System.nanoTime() - start) / 1_000_000_000);
                    }
                }
            }
            if (projects > 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("analyze table project_milestone, project_investment_month, project_progress,"
                            + " coordination_issue, coordination_issue_event");
                }
            }
        }
        return new Written(projects, issues, (System.nanoTime() - start) / 1e9);
    }

    /** The next signed leads after {@code after} (by id) that have no progress row: walks the table once. */
    private static List<Signed> withoutPlan(Connection connection, long after) throws SQLException {
        List<Signed> leads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select l.id, l.lead_no, l.project_name, l.stage,"
                + " l.signed_on, l.owner_id, l.total_investment, l.signed_amount, l.sector_id, l.unit_id from"
                + " investment_lead l where l.id > ? and l.stage in ('SIGNED', 'INCORPORATED', 'CONSTRUCTION',"
                + " 'PRODUCTION', 'FULL_CAPACITY') and l.signed_on is not null and not exists (select 1 from"
                + " project_progress p where p.lead_id = l.id) order by l.id limit " + CHUNK)) {
            select.setLong(1, after);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    BigDecimal total = rs.getBigDecimal(7);
                    BigDecimal signed = rs.getBigDecimal(8);
                    leads.add(new Signed(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getDate(5).toLocalDate(),
                            rs.getLong(6),
                            total != null && total.signum() > 0
                                    ? total
                                    : signed != null && signed.signum() > 0 ? signed : null,
                            rs.getLong(9),
                            rs.getLong(10)));
                }
            }
        }
        return leads;
    }

    private static void addPlan(
            PreparedStatement milestone,
            PreparedStatement month,
            PreparedStatement progress,
            Signed lead,
            BenchmarkPlans.Plan plan)
            throws SQLException {
        for (BenchmarkPlans.Milestone line : plan.milestones()) {
            milestone.setLong(1, lead.id());
            milestone.setLong(2, line.kindId());
            milestone.setDate(3, Date.valueOf(line.plannedOn()));
            LocalDate actual = line.actualOn();
            if (actual == null) {
                milestone.setNull(4, Types.DATE);
                milestone.setNull(5, Types.BIGINT);
                milestone.setNull(6, Types.TIMESTAMP);
            } else {
                milestone.setDate(4, Date.valueOf(actual));
                milestone.setLong(5, lead.ownerId());
                milestone.setTimestamp(6, utc(at(actual, 17)));
            }
            milestone.addBatch();
        }
        for (BenchmarkPlans.Month figures : plan.months()) {
            month.setLong(1, lead.id());
            month.setDate(2, Date.valueOf(figures.monthStart()));
            month.setBigDecimal(3, figures.planned());
            month.setBigDecimal(4, figures.completed());
            month.addBatch();
        }
        BenchmarkPlans.addProgress(progress, lead.id(), plan);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 20)).atZone(ZONE).toInstant();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}

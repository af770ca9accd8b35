package com.chainleads.coordination.db;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Liquibase change (context {@code demo} only): coordination issues on signed demo projects in every state — 交办,
 * 办理中, 已办结 with the department's reply — some overdue (one with a leader's 批示), on several departments, each
 * with its history rows as the service writes them (RAISED, MOVED, CLOSED, INSTRUCTED). Dated relative to the day
 * the demo is loaded. The projects' names, units and officers are copied from the demo leads like the service
 * copies them when an issue is raised (a one-off read of the demo data, not a query of the feature).
 */
public class DemoIssuesChange implements CustomTaskChange {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** status, days until the deadline (negative: overdue), days since raised, type, department, text, reply. */
    private record Template(
            String status,
            int deadlineInDays,
            int raisedDaysAgo,
            String type,
            String department,
            String description,
            @Nullable String reply) {}

    private static final List<Template> TEMPLATES = List.of(
            new Template(
                    "ASSIGNED",
                    12,
                    3,
                    "UTILITIES",
                    "POWER_SUPPLY",
                    "厂区10千伏双回路供电接入方案尚未批复，影响设备进场后的调试用电，请供电公司尽快出具接入方案。",
                    null),
            new Template(
                    "ASSIGNED",
                    20,
                    5,
                    "APPROVAL",
                    "ADMINISTRATIVE_APPROVAL",
                    "二期厂房施工许可证申报材料已齐，请行政审批局开通并联审批绿色通道。",
                    null),
            new Template(
                    "ASSIGNED",
                    -9,
                    30,
                    "LAND",
                    "NATURAL_RESOURCES",
                    "项目东侧约18亩预留用地尚未完成土地征收，企业扩产计划受阻，请自然资源和规划局明确供地时间表。",
                    null),
            new Template("ASSIGNED", 25, 2, "TALENT", "HUMAN_RESOURCES", "企业投产前需招聘一线技术工人约120名，请人社局协助组织专场招聘会。", null),
            new Template(
                    "IN_PROGRESS",
                    15,
                    18,
                    "FUNDING",
                    "FINANCE",
                    "企业申请的设备购置补贴（首期）尚未拨付，请财政局加快审核进度。",
                    "已完成材料初审，正在会同工信局现场核查设备发票。"),
            new Template(
                    "IN_PROGRESS",
                    -21,
                    50,
                    "UTILITIES",
                    "GAS_SUPPLY",
                    "生产线所需天然气管网尚未接通，燃气公司施工队伍迟迟未进场。",
                    "管线路由涉及市政道路开挖，正在办理占道手续。"),
            new Template(
                    "IN_PROGRESS",
                    8,
                    12,
                    "APPROVAL",
                    "ECOLOGY_ENVIRONMENT",
                    "项目环评批复中的危废暂存间要求与设计不一致，需生态环境局现场指导。",
                    "已约定下周三现场踏勘。"),
            new Template(
                    "IN_PROGRESS", -4, 35, "OTHER", "TRANSPORT", "园区道路北段未贯通，大型设备运输车辆无法进场。", "已协调施工单位夜间施工，预计两周内临时贯通。"),
            new Template(
                    "DONE", -10, 60, "UTILITIES", "WATER_SUPPLY", "厂区施工临时用水管道接入申请。", "已于本月完成DN200临时供水管道接入，水表已安装并通水。"),
            new Template(
                    "DONE",
                    -30,
                    90,
                    "APPROVAL",
                    "HOUSING_CONSTRUCTION",
                    "主体结构验收预约排期较长，影响封顶后续工序。",
                    "已安排质监站专人对接，主体结构验收已通过。"),
            new Template(
                    "DONE",
                    5,
                    25,
                    "LAND",
                    "PARK_COMMITTEE",
                    "厂区围墙红线与相邻地块存在约2米争议，需园区管委会协调界址。",
                    "经管委会组织双方现场确认，按规划红线调整围墙走向，双方已签字确认。"),
            new Template("DONE", -45, 120, "FUNDING", "COMMERCE", "外资到位资金结汇手续办理咨询。", "商务局已协调外管部门专题辅导，企业首笔外资已顺利结汇。"),
            new Template("ASSIGNED", -40, 75, "APPROVAL", "DEVELOPMENT_REFORM", "项目节能审查意见迟迟未出具，已影响设备采购合同签订。", null),
            new Template(
                    "IN_PROGRESS",
                    30,
                    7,
                    "TALENT",
                    "SCIENCE_TECHNOLOGY",
                    "企业研发中心申报市级工程技术研究中心，需科技局业务指导。",
                    "已发送申报指南，安排专人辅导申报材料。"));

    private int written;

    /** The lead an issue is raised on, with the facts the issue keeps a copy of. */
    record Project(long id, String leadNo, String name, long sectorId, long unitId, long ownerId) {}

    /**
     * One issue as the service leaves it after its history: the demo's and the benchmark's generators write theirs
     * with {@link #bind} and {@link #addEvents}. Done when {@code closed} is set, instructed when
     * {@code instructedAt} is.
     */
    record Issue(
            Project project,
            String type,
            long departmentId,
            LocalDate deadline,
            String description,
            String status,
            @Nullable String reply,
            Instant raised,
            Instant moved,
            @Nullable Instant closed,
            @Nullable String instruction,
            @Nullable Instant instructedAt,
            long leader) {

        /** Sets the columns lead_id … updated_at of {@code coordination_issue}, from parameter {@code first} on. */
        void bind(PreparedStatement insert, int first, LocalDate today) throws SQLException {
            Project p = project;
            boolean done = closed != null;
            boolean instructed = instructedAt != null;
            Instant updated = closed != null
                    ? closed
                    : instructedAt != null ? instructedAt : "ASSIGNED".equals(status) ? raised : moved;
            int i = first;
            insert.setLong(i++, p.id());
            insert.setString(i++, p.leadNo());
            insert.setString(i++, p.name());
            insert.setLong(i++, p.sectorId());
            insert.setLong(i++, p.unitId());
            insert.setLong(i++, p.ownerId());
            insert.setString(i++, type);
            insert.setLong(i++, departmentId);
            insert.setDate(i++, Date.valueOf(deadline));
            insert.setString(i++, description);
            insert.setString(i++, status);
            insert.setBoolean(i++, !done);
            insert.setLong(i++, p.ownerId());
            insert.setTimestamp(i++, utc(raised));
            insert.setString(i++, reply);
            insert.setObject(i++, done ? p.ownerId() : null, java.sql.Types.BIGINT);
            insert.setTimestamp(i++, closed == null ? null : utc(closed));
            insert.setString(i++, instruction);
            insert.setObject(i++, instructed ? leader : null, java.sql.Types.BIGINT);
            insert.setTimestamp(i++, instructedAt == null ? null : utc(instructedAt));
            // overdue ones were announced by the daily job already (no burst of notices at the first start)
            insert.setBoolean(i++, !done && deadline.isBefore(today));
            insert.setLong(i++, instructed ? leader : p.ownerId());
            insert.setTimestamp(i, utc(updated));
        }

        /** Adds the history rows as the service writes them (RAISED, MOVED, CLOSED, INSTRUCTED) to the batch. */
        void addEvents(PreparedStatement event, long id) throws SQLException {
            long owner = project.ownerId();
            addEvent(event, id, "RAISED", null, "ASSIGNED", null, owner, raised);
            if (!"ASSIGNED".equals(status)) {
                addEvent(event, id, "MOVED", "ASSIGNED", "IN_PROGRESS", closed != null ? null : reply, owner, moved);
            }
            if (closed != null) {
                addEvent(event, id, "CLOSED", "IN_PROGRESS", "DONE", reply, owner, closed);
            }
            if (instructedAt != null) {
                addEvent(event, id, "INSTRUCTED", status, status, instruction, leader, instructedAt);
            }
        }
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        try {
            Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
            LocalDate today = LocalDate.now(ZONE);
            List<Project> projects = projects(connection);
            if (projects.isEmpty()) {
                return;
            }
            Map<String, Long> departments = departments(connection);
            long leader = firstLeader(connection);
            for (int i = 0; i < TEMPLATES.size(); i++) {
                // two issues on the first projects, one on the others: several projects, a few with more than one
                Project project = projects.get((i < 6 ? i / 2 : i - 3) % projects.size());
                write(connection, TEMPLATES.get(i), project, departments, leader, today, i);
                written++;
            }
        } catch (Exception e) {
            throw new CustomChangeException("Could not generate the demo coordination issues", e);
        }
    }

    private static List<Project> projects(Connection connection) throws Exception {
        List<Project> projects = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select id, lead_no, project_name, sector_id, unit_id, owner_id "
                        + "from investment_lead where stage in ('CONSTRUCTION', 'PRODUCTION', 'INCORPORATED', "
                        + "'SIGNED') and signed_on is not null order by stage_rank desc, id")) {
            while (rs.next() && projects.size() < 11) {
                projects.add(new Project(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
            }
        }
        return projects;
    }

    private static Map<String, Long> departments(Connection connection) throws Exception {
        Map<String, Long> departments = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select code, id from department")) {
            while (rs.next()) {
                departments.put(rs.getString(1), rs.getLong(2));
            }
        }
        return departments;
    }

    private static long firstLeader(Connection connection) throws Exception {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select min(id) from app_user where role = 'LEADER'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 20)).atZone(ZONE).toInstant();
    }

    private static void write(
            Connection connection,
            Template t,
            Project p,
            Map<String, Long> departments,
            long leader,
            LocalDate today,
            int index)
            throws Exception {
        LocalDate raisedOn = today.minusDays(t.raisedDaysAgo());
        Instant raised = at(raisedOn, 9);
        LocalDate deadline = today.plusDays(t.deadlineInDays());
        boolean done = "DONE".equals(t.status());
        Instant moved = at(raisedOn.plusDays(Math.max(1, t.raisedDaysAgo() / 4)), 15);
        Instant closed = done ? at(today.minusDays(Math.max(1, t.raisedDaysAgo() / 5)), 16) : null;
        boolean instructed = t.deadlineInDays() < -30 && !done;
        Instant instructedAt = instructed ? at(today.minusDays(3), 11) : null;
        String instruction = instructed ? "请发改局本周内出具节能审查意见，逾期原因书面报区政府督查室。" : null;
        Issue issue = new Issue(
                p,
                t.type(),
                departments.get(t.department()),
                deadline,
                t.description(),
                t.status(),
                t.reply(),
                raised,
                moved,
                closed,
                instruction,
                instructedAt,
                leader);
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into coordination_issue (version, lead_id, lead_no, project_name, sector_id, unit_id, "
                        + "owner_id, issue_type, department_id, deadline, description, status, is_open, raised_by, "
                        + "raised_at, reply, closed_by, closed_at, instruction, instructed_by, instructed_at, "
                        + "overdue_notified, updated_by, updated_at) "
                        + "values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            issue.bind(insert, 1, today);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement event = connection.prepareStatement("insert into coordination_issue_event (version, "
                + "issue_id, kind, from_status, to_status, note, by_user_id, happened_at) "
                + "values (0, ?, ?, ?, ?, ?, ?, ?)")) {
            issue.addEvents(event, id);
            event.executeBatch();
        }
    }

    private static void addEvent(
            PreparedStatement event,
            long issueId,
            String kind,
            @Nullable String from,
            String to,
            @Nullable String note,
            long by,
            Instant at)
            throws SQLException {
        event.setLong(1, issueId);
        event.setString(2, kind);
        event.setString(3, from);
        event.setString(4, to);
        event.setString(5, note);
        event.setLong(6, by);
        event.setTimestamp(7, utc(at));
        event.addBatch();
    }

    @Override
    public String getConfirmationMessage() {
        return written + " demo coordination issues generated";
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

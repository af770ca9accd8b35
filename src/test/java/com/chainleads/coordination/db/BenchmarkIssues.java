package com.chainleads.coordination.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's door to the demo's coordination issues (test code in the demo writer's package, so that
 * {@code src/main} keeps them package-private): draws one issue on a signed project and writes it, with its history
 * rows, by {@link DemoIssuesChange.Issue} — the same columns and rows as the demo writes. The benchmark executes the
 * JDBC batches.
 */
public final class BenchmarkIssues {

    private static final String[] TYPES = {"LAND", "APPROVAL", "FUNDING", "UTILITIES", "TALENT", "OTHER"};
    private static final String[] TEXTS = {
        "项目用地尚未完成征收，影响开工，请明确供地时间表。",
        "施工许可申报材料已齐，请开通并联审批绿色通道。",
        "设备购置补贴尚未拨付，请加快审核进度。",
        "厂区双回路供电接入方案尚未批复，影响设备调试用电。",
        "投产前需招聘一线技术工人，请协助组织专场招聘会。",
        "园区道路未贯通，大型设备运输车辆无法进场。"
    };
    private static final String REPLY = "已对接企业，正在会同相关单位办理。";
    private static final String CLOSED = "已办结，企业确认问题解决。";
    private static final String INSTRUCTION = "请责任单位本周内办结，逾期原因书面报区政府督查室。";

    private BenchmarkIssues() {}

    /**
     * One issue raised after signing: 交办 (35 %), 办理中 (30 %) or 已办结 (35 %), a deadline 7–56 days after it was
     * raised (so open ones raised long ago are overdue), a 批示 on some of those overdue by more than a month. Adds
     * it to {@code issue}'s batch (its id as parameter 1, then the columns lead_id … updated_at) and its history rows
     * to {@code event}'s.
     */
    public static void add(
            PreparedStatement issue,
            PreparedStatement event,
            long id,
            long leadId,
            String leadNo,
            String projectName,
            long sectorId,
            long unitId,
            long ownerId,
            LocalDate signedOn,
            List<Long> departments,
            long leader,
            LocalDate today,
            SplittableRandom draw)
            throws SQLException {
        int age = (int) Math.max(1, ChronoUnit.DAYS.between(signedOn, today));
        LocalDate raisedOn = today.minusDays(draw.nextInt(Math.min(age, 180)));
        LocalDate deadline = raisedOn.plusDays(7 + draw.nextInt(50));
        int roll = draw.nextInt(100);
        String status = roll < 35 ? "ASSIGNED" : roll < 65 ? "IN_PROGRESS" : "DONE";
        boolean done = "DONE".equals(status);
        long days = ChronoUnit.DAYS.between(raisedOn, today);
        Instant raised = DemoIssuesChange.at(raisedOn, 9);
        Instant moved = DemoIssuesChange.at(raisedOn.plusDays(Math.min(days, 1 + days / 4)), 15);
        Instant closed = done ? DemoIssuesChange.at(raisedOn.plusDays(Math.min(days, 1 + days / 2)), 16) : null;
        boolean instructed = !done && deadline.isBefore(today.minusDays(30)) && draw.nextBoolean();
        Instant instructedAt = instructed ? DemoIssuesChange.at(today.minusDays(draw.nextInt(5)), 11) : null;
        int type = draw.nextInt(TYPES.length);
        var drawn = new DemoIssuesChange.Issue(
                new DemoIssuesChange.Project(leadId, leadNo, projectName, sectorId, unitId, ownerId),
                TYPES[type],
                // drawn after the type: the order of the draws fixes what a seed writes
                departments.get(draw.nextInt(departments.size())),
                deadline,
                TEXTS[type],
                status,
                roll < 35 ? null : done ? CLOSED : REPLY,
                raised,
                moved,
                closed,
                instructed ? INSTRUCTION : null,
                instructedAt,
                leader);
        issue.setLong(1, id);
        drawn.bind(issue, 2, today);
        issue.addBatch();
        drawn.addEvents(event, id);
    }
}

package com.chainleads.construction.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's door to the demo's construction plans (test code in the demo writer's package, so that
 * {@code src/main} keeps them package-private): one signed project's plan by {@link DemoConstructionChange#plan}, its monthly
 * investment figures by {@link DemoConstructionChange#investment}, and its {@code project_progress} row by
 * {@link DemoConstructionChange#progress} — the same rules as the service's {@code ProgressWriter}, which
 * {@code DemoProjectsIT} compares; the benchmark also checks a sample through the services. The benchmark writes what this returns in JDBC batches.
 */
public final class BenchmarkPlans {

    /** One milestone of a plan. */
    public record Milestone(
            long kindId, LocalDate plannedOn, @Nullable LocalDate actualOn) {}

    /** One month of 完成投资: planned, and completed up to last month. */
    public record Month(
            LocalDate monthStart,
            BigDecimal planned,
            @Nullable BigDecimal completed) {}

    /** A project's plan, figures and summary row as {@code ProgressWriter} would write it (no evidence files). */
    public record Plan(List<Milestone> milestones, List<Month> months, DemoConstructionChange.Progress progress) {

        /** The project's status today, as {@code ProjectStatus} names it. */
        public String status() {
            return progress.status();
        }
    }

    /** The insert of a {@code project_progress} row whose parameters {@link #addProgress} sets. */
    public static final String PROGRESS_INSERT = DemoConstructionChange.PROGRESS_INSERT;

    private final List<DemoConstructionChange.Kind> kinds = new ArrayList<>();

    public BenchmarkPlans(Connection connection) throws Exception {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, code, name_zh from milestone_kind where active = true order by sort_order, id")) {
            while (rs.next()) {
                kinds.add(new DemoConstructionChange.Kind(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        if (kinds.size() != 8) {
            throw new IllegalStateException("Expected the 8 reference milestone kinds, found " + kinds.size());
        }
    }

    /** The plan of one signed lead, drawn from {@code random} in the order the demo writer draws. */
    public Plan plan(
            long leadId,
            String projectName,
            String stage,
            LocalDate signedOn,
            long ownerId,
            @Nullable BigDecimal basis,
            LocalDate today,
            Random random) {
        var lead = new DemoConstructionChange.Lead(leadId, projectName, stage, signedOn, ownerId, basis);
        List<DemoConstructionChange.Line> lines = DemoConstructionChange.plan(lead, kinds, today, random);
        DemoConstructionChange.Investment figures = DemoConstructionChange.investment(lead, lines, today, random);
        return new Plan(
                lines.stream()
                        .map(l -> new Milestone(l.kind().id(), l.plannedOn(), l.actualOn()))
                        .toList(),
                figures.months().stream()
                        .map(m -> new Month(m.monthStart(), m.planned(), m.completed()))
                        .toList(),
                DemoConstructionChange.progress(lines, figures.plannedTotal(), figures.completedTotal(), 0, today));
    }

    /** Adds the plan's {@code project_progress} row to the batch of a {@link #PROGRESS_INSERT} statement. */
    public static void addProgress(PreparedStatement progress, long leadId, Plan plan) throws SQLException {
        DemoConstructionChange.bindProgress(progress, leadId, plan.progress());
        progress.addBatch();
    }
}

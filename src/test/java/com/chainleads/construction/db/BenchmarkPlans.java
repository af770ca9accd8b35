package com.chainleads.construction.db;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's door to the demo's construction plans (test code in the demo writer's package, so that
 * {@code src/main} stays as it is): one signed project's plan by {@link DemoConstructionChange#plan}, its monthly
 * investment figures by the demo's rule, and its {@code project_progress} row by
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
    public record Plan(
            List<Milestone> milestones,
            List<Month> months,
            @Nullable Long nextKindId,
            @Nullable LocalDate nextPlannedOn,
            @Nullable LocalDate earliestOpenPlannedOn,
            @Nullable Long latestKindId,
            @Nullable LocalDate latestActualOn,
            String status,
            BigDecimal completedTotal,
            BigDecimal plannedTotal) {}

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
        List<Month> months = new ArrayList<>();
        BigDecimal[] totals = investment(lead, lines, today, random, months);
        DemoConstructionChange.Progress p = DemoConstructionChange.progress(lines, totals[0], totals[1], 0, today);
        return new Plan(
                lines.stream()
                        .map(l -> new Milestone(l.kind().id(), l.plannedOn(), l.actualOn()))
                        .toList(),
                months,
                p.nextKindId(),
                p.nextPlannedOn(),
                p.earliestOpenPlannedOn(),
                p.latestKindId(),
                p.latestActualOn(),
                p.status(),
                p.completedTotal(),
                p.plannedTotal());
    }

    /**
     * The demo writer's monthly figures ({@code writeInvestment}): the investment over 24 months from the signing
     * month, completed up to last month at 75–105 % of the plan (45–84 % on a late project), never more than the
     * investment. Returns planned and completed totals.
     */
    private static BigDecimal[] investment(
            DemoConstructionChange.Lead lead,
            List<DemoConstructionChange.Line> plan,
            LocalDate today,
            Random random,
            List<Month> months) {
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        BigDecimal basis = lead.basis();
        if (basis == null) {
            return new BigDecimal[] {planned, completed};
        }
        boolean late = plan.stream()
                .anyMatch(l -> l.actualOn() == null && l.plannedOn().isBefore(today));
        BigDecimal perMonth = basis.divide(BigDecimal.valueOf(24), 2, RoundingMode.HALF_UP);
        YearMonth first = YearMonth.from(lead.signedOn());
        YearMonth current = YearMonth.from(today);
        for (int i = 0; i < 24; i++) {
            YearMonth month = first.plusMonths(i);
            BigDecimal done = null;
            if (month.isBefore(current)) {
                int percent = late ? 45 + random.nextInt(40) : 75 + random.nextInt(31);
                done = perMonth.multiply(BigDecimal.valueOf(percent))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                if (completed.add(done).compareTo(basis) > 0) {
                    done = basis.subtract(completed);
                }
                completed = completed.add(done);
            }
            planned = planned.add(perMonth);
            months.add(new Month(month.atDay(1), perMonth, done));
        }
        return new BigDecimal[] {planned, completed};
    }
}

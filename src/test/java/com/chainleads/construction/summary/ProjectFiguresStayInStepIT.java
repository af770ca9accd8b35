package com.chainleads.construction.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.construction.SignedLeads;
import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.InvestmentDraft;
import com.chainleads.construction.service.InvestmentFigures;
import com.chainleads.construction.service.InvestmentRow;
import com.chainleads.construction.service.InvestmentService;
import com.chainleads.construction.service.MilestoneDraft;
import com.chainleads.construction.service.PlanLine;
import com.chainleads.construction.service.ProjectFigureService;
import com.chainleads.construction.service.ProjectYearFigures;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import com.chainleads.coordination.service.CoordinationService;
import com.chainleads.coordination.service.DepartmentRow;
import com.chainleads.coordination.service.DepartmentService;
import com.chainleads.coordination.service.IssueDetails;
import com.chainleads.coordination.service.IssueDraft;
import com.chainleads.coordination.service.IssueQueries;
import com.chainleads.coordination.service.ProgressDraft;
import com.chainleads.coordination.summary.IssueFigures;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.HandoverRequest;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.StageChangeRequest;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A long random sequence of the writes that move the 项目建设 figures — milestones planned, reached, cleared;
 * investment months saved and removed; the lead's sector edited, handed over to another unit, moved into and out of
 * 签约 or later, deleted; issues raised, progressed, closed, re-opened, their deadline and department changed — by
 * two writers at once. Afterwards every summary row equals what a rebuild computes, and every figure equals the same
 * figure computed from the source tables by plain SQL.
 */
@IntegrationTest
class ProjectFiguresStayInStepIT {

    private static final Logger log = LoggerFactory.getLogger(ProjectFiguresStayInStepIT.class);
    private static final int OPERATIONS_PER_WRITER = 70;

    @Autowired
    ProjectFigures figures;

    @Autowired
    IssueFigures issueFigures;

    @Autowired
    ProjectFigureService figureService;

    @Autowired
    IssueQueries issueQueries;

    @Autowired
    ConstructionService construction;

    @Autowired
    InvestmentService investment;

    @Autowired
    CoordinationService coordination;

    @Autowired
    DepartmentService departments;

    @Autowired
    LeadService leads;

    @Autowired
    SignedLeads signedLeads;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    ScheduleClock schedule;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> projects = Collections.synchronizedList(new ArrayList<>());
    private LocalDate today;
    private List<Long> departmentIds;
    private List<Object[]> officers;

    @Test
    void concurrentRandomWritesKeepEveryRowAndFigureEqualToTheSourceTables() throws Exception {
        figures.rebuild(); // whatever other tests wrote behind the application's back, start in step
        issueFigures.rebuild();
        today = LocalDate.now(clock);
        departmentIds = signIn.as(
                "admin", () -> departments.all().stream().map(DepartmentRow::id).toList());
        officers = jdbc.query(
                "select id, unit_id from app_user where role = 'OFFICER' and enabled = true "
                        + "and unit_id in (select id from org_unit where code in ('INVEST_1', 'INVEST_2'))",
                (rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2)});
        for (int i = 0; i < 6; i++) {
            projects.add(signedLeads.signedBy("officer1").id());
        }

        List<String> writers = List.of("officer1", "admin");
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers.size(); w++) {
            String user = writers.get(w);
            Random random = new Random(20261207L + w);
            running.add(pool.submit(() -> {
                for (int i = 0; i < OPERATIONS_PER_WRITER; i++) {
                    operate(user, random);
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        log.info("Random project writes: {}", new TreeMap<>(outcomes));

        assertThat(failures).as("unexpected failures").isEmpty();
        assertThat(outcomes.getOrDefault("ok", new AtomicInteger()).get()).isGreaterThan(40);
        assertThat(figures.pendingSessions()).isZero();

        compareFiguresWithSourceTables();
        assertThat(figures.check().inStep()).isTrue();
        assertThat(issueFigures.differences()).isEmpty();
        Map<String, List<String>> before = rows();
        figures.rebuild();
        issueFigures.rebuild();
        assertThat(rows()).isEqualTo(before);
    }

    /** Every non-zero row of the four tables, as text (placeholders left out). */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new TreeMap<>();
        rows.put(
                "period",
                jdbc.query(
                        "select kind, grain, period_start, sector_id, unit_id, project_count from project_figure_period "
                                + "where project_count <> 0 order by kind, grain, period_start, sector_id, unit_id",
                        (rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class)
                                + " " + rs.getLong(4) + " " + rs.getLong(5) + " = " + rs.getLong(6)));
        rows.put(
                "investment",
                jdbc.query(
                        "select month_start, sector_id, unit_id, planned, completed from project_figure_investment "
                                + "where planned <> 0 or completed <> 0 order by month_start, sector_id, unit_id",
                        (rs, row) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2) + " " + rs.getLong(3)
                                + " = "
                                + rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + " / "
                                + rs.getBigDecimal(5).stripTrailingZeros().toPlainString()));
        rows.put(
                "member",
                jdbc.query(
                        "select lead_id, sector_id, unit_id, started_on, producing_on, full_on, open_planned_on "
                                + "from project_figure_member where sector_id <> -1 order by lead_id",
                        (rs, row) -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " "
                                + rs.getObject(4, LocalDate.class) + " " + rs.getObject(5, LocalDate.class) + " "
                                + rs.getObject(6, LocalDate.class) + " " + rs.getObject(7, LocalDate.class)));
        rows.put(
                "member years",
                jdbc.query(
                        "select invested_year, lead_id from project_figure_member_year order by invested_year, lead_id",
                        (rs, row) -> rs.getInt(1) + " " + rs.getLong(2)));
        rows.put(
                "issues",
                jdbc.query(
                        "select department_id, sector_id, unit_id, grain, period_start, issue_count from issue_figure "
                                + "where issue_count <> 0 order by department_id, sector_id, unit_id, grain, period_start",
                        (rs, row) -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getString(4)
                                + " " + rs.getObject(5, LocalDate.class) + " = " + rs.getLong(6)));
        return rows;
    }

    /** The figures a leader sees, each against plain SQL over the lead, plan, investment and issue tables. */
    private void compareFiguresWithSourceTables() {
        String signed = "l.stage_rank in (5, 6, 7, 8, 9)";
        for (int year : List.of(today.getYear(), today.getYear() - 1)) {
            ProjectYearFigures shown = signIn.as("leader", () -> figureService.year(Set.of(), null, year));
            Map<String, Long> reached = new TreeMap<>();
            jdbc.query(
                    "select t.stage, count(*) from (select m.lead_id, k.lead_stage as stage, min(m.actual_on) as d "
                            + "from project_milestone m join milestone_kind k on k.id = m.kind_id "
                            + "join investment_lead l on l.id = m.lead_id where m.actual_on is not null and " + signed
                            + " and k.lead_stage in ('CONSTRUCTION', 'PRODUCTION', 'FULL_CAPACITY') "
                            + "group by m.lead_id, k.lead_stage) t where t.d between ? and ? group by t.stage",
                    rs -> {
                        reached.put(rs.getString(1), rs.getLong(2));
                    },
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
            assertThat(shown.started()).as("started " + year).isEqualTo(reached.getOrDefault("CONSTRUCTION", 0L));
            assertThat(shown.producing()).as("producing " + year).isEqualTo(reached.getOrDefault("PRODUCTION", 0L));
            assertThat(shown.fullCapacity()).as("full " + year).isEqualTo(reached.getOrDefault("FULL_CAPACITY", 0L));
            BigDecimal[] sums = jdbc.queryForObject(
                    "select coalesce(sum(m.planned), 0), coalesce(sum(m.completed), 0) from project_investment_month m "
                            + "join investment_lead l on l.id = m.lead_id where " + signed
                            + " and m.month_start between ? and ?",
                    (rs, row) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)},
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 1));
            assertThat(shown.plannedInvestment()).isEqualByComparingTo(sums[0]);
            assertThat(shown.completedInvestment()).isEqualByComparingTo(sums[1]);
            Long invested = jdbc.queryForObject(
                    "select count(distinct m.lead_id) from project_investment_month m join investment_lead l "
                            + "on l.id = m.lead_id where " + signed + " and m.month_start between ? and ? "
                            + "and (coalesce(m.planned, 0) > 0 or coalesce(m.completed, 0) > 0)",
                    Long.class,
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 1));
            assertThat(shown.investedProjects()).isEqualTo(invested);
            List<Long> investedIds = jdbc.queryForList(
                    "select distinct m.lead_id from project_investment_month m join investment_lead l "
                            + "on l.id = m.lead_id where " + signed + " and m.month_start between ? and ? "
                            + "and (coalesce(m.planned, 0) > 0 or coalesce(m.completed, 0) > 0) order by m.lead_id",
                    Long.class,
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 1));
            assertThat(jdbc.queryForList(
                            "select lead_id from project_figure_member_year where invested_year = ? order by lead_id",
                            Long.class,
                            year))
                    .as("projects with investment figures in " + year)
                    .isEqualTo(investedIds);
        }

        // delayed as of today, by sector and unit, from each project's earliest open planned date
        Map<String, long[]> expected = new TreeMap<>();
        jdbc.query(
                "select s.code, u.code, p.earliest_open_planned_on from project_progress p "
                        + "join investment_lead l on l.id = p.lead_id join sector s on s.id = l.sector_id "
                        + "join org_unit u on u.id = l.unit_id where p.earliest_open_planned_on is not null and "
                        + signed,
                rs -> {
                    ProjectStatus status = schedule.projectStatus(rs.getObject(3, LocalDate.class), today);
                    if (status == ProjectStatus.DELAYED || status == ProjectStatus.SEVERELY_DELAYED) {
                        expected.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new long[2])[
                                status == ProjectStatus.DELAYED ? 0 : 1]++;
                    }
                });
        Map<String, long[]> shown = new TreeMap<>();
        signIn.as("leader", () -> figureService.year(Set.of(), null, today.getYear()))
                .delays()
                .forEach(d ->
                        shown.put(d.sectorCode() + "/" + d.unitCode(), new long[] {d.delayed(), d.severelyDelayed()}));
        assertThat(shown.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, counts) -> assertThat(shown.get(key)).as(key).containsExactly(counts));

        // open and overdue issues by department
        Map<String, List<Long>> issues = new TreeMap<>();
        jdbc.query(
                "select d.code, count(*), sum(case when i.deadline < ? then 1 else 0 end) from coordination_issue i "
                        + "join department d on d.id = i.department_id where i.is_open = true group by d.code",
                rs -> {
                    issues.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
                },
                today);
        Map<String, List<Long>> shownIssues = new TreeMap<>();
        signIn.as("leader", () -> issueQueries.openByDepartment(Set.of(), null))
                .forEach(d -> shownIssues.put(d.code(), List.of(d.open(), d.overdue())));
        assertThat(shownIssues).isEqualTo(issues);
    }

    // ---- operations ---------------------------------------------------------------------------------------

    private void operate(String user, Random random) {
        int choice = random.nextInt(100);
        String name;
        Runnable work;
        long leadId = projects.get(random.nextInt(projects.size()));
        if (choice < 30) {
            name = "milestone";
            work = () -> milestone(leadId, random);
        } else if (choice < 38) {
            name = "clear milestone";
            work = () -> clearMilestone(leadId, random);
        } else if (choice < 55) {
            name = "investment";
            work = () -> investmentMonth(leadId, random);
        } else if (choice < 62) {
            name = "sector";
            work = () -> sector(leadId, random);
        } else if (choice < 67) {
            name = "handover";
            work = () -> handOver(leadId, random);
        } else if (choice < 74) {
            name = "stage";
            work = () -> stage(leadId, random);
        } else if (choice < 90) {
            name = "issue";
            work = () -> issue(leadId, random);
        } else if (choice < 93) {
            name = "delete";
            work = () -> {
                if (user.equals("admin") && projects.size() > 3) {
                    LeadDetails lead = leads.load(leadId);
                    leads.delete(leadId, lead.version());
                    projects.remove(leadId);
                }
            };
        } else {
            name = "new project";
            work = () -> projects.add(signedLeads.signedBy("officer1").id());
        }
        try {
            signIn.as(user, work);
            count(name + " ok");
            count("ok");
        } catch (BusinessRuleException
                | OptimisticLockingFailureException
                | org.springframework.dao.DataIntegrityViolationException
                | AccessDeniedException refused) {
            count(name + " refused: " + refused.getClass().getSimpleName());
        } catch (RuntimeException e) {
            log.error("{} by {} failed", name, user, e);
            failures.add(e);
        }
    }

    private void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    private void milestone(long leadId, Random random) {
        List<PlanLine> lines = construction.plan(leadId).lines();
        PlanLine line = lines.get(random.nextInt(lines.size()));
        LocalDate signedOn = leads.load(leadId).draft().getSignedOn();
        LocalDate from = signedOn == null ? today.minusDays(60) : signedOn;
        LocalDate planned = from.plusDays(random.nextInt(200) - 20);
        LocalDate actual = random.nextInt(3) == 0
                ? null
                : from.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - from.toEpochDay() + 1)));
        construction.saveMilestone(
                leadId,
                new MilestoneDraft(
                        line.kindId(), line.milestoneId(), line.version(), planned, actual, null, List.of()));
    }

    private void clearMilestone(long leadId, Random random) {
        List<PlanLine> lines = construction.plan(leadId).lines().stream()
                .filter(line -> line.milestoneId() != null)
                .toList();
        if (lines.isEmpty()) {
            throw new BusinessRuleException("no milestone yet");
        }
        PlanLine line = lines.get(random.nextInt(lines.size()));
        construction.deleteMilestone(leadId, line.milestoneId(), line.version());
    }

    private void investmentMonth(long leadId, Random random) {
        InvestmentFigures current = investment.figures(leadId);
        if (!current.months().isEmpty() && random.nextInt(4) == 0) {
            InvestmentRow row =
                    current.months().get(random.nextInt(current.months().size()));
            investment.delete(leadId, row.id(), row.version());
            return;
        }
        LocalDate signedOn = leads.load(leadId).draft().getSignedOn();
        YearMonth first = YearMonth.from(signedOn == null ? today.minusMonths(14) : signedOn);
        YearMonth month = first.plusMonths(random.nextInt(16));
        boolean future = month.isAfter(YearMonth.from(today));
        InvestmentRow existing = current.months().stream()
                .filter(row -> row.month().equals(month))
                .findFirst()
                .orElse(null);
        BigDecimal planned = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(5000), 1);
        BigDecimal completed = future || random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(3000), 2);
        if (planned == null && completed == null) {
            planned = BigDecimal.TEN;
        }
        investment.save(
                leadId,
                new InvestmentDraft(
                        existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(),
                        month,
                        planned,
                        completed));
    }

    private void sector(long leadId, Random random) {
        LeadDetails lead = leads.load(leadId);
        LeadDraft draft = lead.draft();
        List<ChainLinkOption> links = chains.allLinks();
        ChainLinkOption link = links.get(random.nextInt(links.size()));
        draft.setSectorId(link.sectorId());
        draft.setChainLinkId(link.id());
        leads.update(leadId, lead.version(), draft);
    }

    private void handOver(long leadId, Random random) {
        LeadDetails lead = leads.load(leadId);
        Object[] owner = officers.get(random.nextInt(officers.size()));
        leads.handOver(leadId, lead.version(), new HandoverRequest((Long) owner[0], (Long) owner[1], "随机移交"));
    }

    private void stage(long leadId, Random random) {
        LeadDetails lead = leads.load(leadId);
        List<LeadStage> targets = List.of(
                LeadStage.NEGOTIATING,
                LeadStage.SIGNED,
                LeadStage.CONSTRUCTION,
                LeadStage.PRODUCTION,
                LeadStage.ON_HOLD);
        LeadStage target = targets.get(random.nextInt(targets.size()));
        leads.changeStage(
                leadId,
                lead.version(),
                new StageChangeRequest(
                        target,
                        "随机推进",
                        target == LeadStage.SIGNED ? today.minusDays(30) : null,
                        target == LeadStage.SIGNED ? new BigDecimal("15000") : null,
                        today.minusDays(20),
                        today.minusDays(10),
                        today.minusDays(5),
                        null));
    }

    private void issue(long leadId, Random random) {
        List<IssueDetails> existing = coordination.issuesOf(leadId).issues();
        int what = existing.isEmpty() ? 0 : random.nextInt(5);
        long department = departmentIds.get(random.nextInt(departmentIds.size()));
        if (what == 0) {
            coordination.raise(
                    leadId, new IssueDraft(IssueType.LAND, department, today.plusDays(random.nextInt(40)), "随机协调问题一则"));
            return;
        }
        IssueDetails issue = existing.get(random.nextInt(existing.size()));
        switch (what) {
            case 1 ->
                coordination.progress(
                        issue.id(),
                        issue.version(),
                        new ProgressDraft(
                                random.nextBoolean() ? IssueStatus.IN_PROGRESS : IssueStatus.DONE, "随机答复内容若干"));
            case 2 -> coordination.reopen(issue.id(), issue.version(), "随机重新打开此问题");
            default -> {
                IssueDraft draft = issue.toDraft();
                draft.setDeadline(today.plusDays(random.nextInt(30)));
                draft.setDepartmentId(department);
                coordination.edit(issue.id(), issue.version(), draft);
            }
        }
    }
}

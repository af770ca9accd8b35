package com.chainleads.benchmark;

import com.chainleads.benchmark.BenchmarkReport.Line;
import com.chainleads.cockpit.service.CockpitFilter;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.ProjectCockpit;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.InvestmentService;
import com.chainleads.construction.service.PlanLine;
import com.chainleads.construction.service.ProgressSummary;
import com.chainleads.coordination.service.IssueFilter;
import com.chainleads.coordination.service.IssueQueries;
import com.chainleads.coordination.service.IssueRow;
import com.chainleads.project.service.ProjectFilter;
import com.chainleads.project.service.ProjectQueries;
import com.chainleads.project.service.ProjectRow;
import com.chainleads.testsupport.SignIn;
import com.chainleads.tour.service.TourBooklet;
import com.chainleads.tour.service.TourCommand;
import com.chainleads.tour.service.TourDetail;
import com.chainleads.tour.service.TourPick;
import com.chainleads.tour.service.TourRow;
import com.chainleads.tour.service.TourService;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Case p: projects after signing (issue 15) at about a tenth of {@code bench.leads} signed — {@code /projects}
 * (first page and count as the view asks on a filter change, by filter, and a deep page), the supervision list
 * {@code /issues} (first page and count), and a tour of {@value TourService#MAX_STOPS} stops (the page as
 * {@code TourView} opens it, and its .docx booklet), and the cockpit's 项目建设 section ({@code CockpitService.projects}). Cold means right after a save through the lead service, as in
 * cases a–d (a new index reader: nothing cached per index state answers), warm the same look again. Before
 * measuring, a sample of the generated projects is compared with what the services compute from their plans.
 */
final class ProjectCases {

    private static final int PAGE = 50;
    private static final String TOUR_NAME = "基准观摩 · " + TourService.MAX_STOPS + " 个项目";

    private final ProjectQueries projects;
    private final IssueQueries issues;
    private final ConstructionService construction;
    private final InvestmentService investment;
    private final TourService tours;
    private final TourBooklet booklet;
    private final CockpitService cockpit;
    private final SignIn signIn;
    private final Saves saves;
    private final BenchmarkSettings settings;
    private final BenchmarkReport report;

    ProjectCases(
            ProjectQueries projects,
            IssueQueries issues,
            ConstructionService construction,
            InvestmentService investment,
            TourService tours,
            TourBooklet booklet,
            CockpitService cockpit,
            SignIn signIn,
            Saves saves,
            BenchmarkSettings settings,
            BenchmarkReport report) {
        this.projects = projects;
        this.issues = issues;
        this.construction = construction;
        this.investment = investment;
        this.tours = tours;
        this.booklet = booklet;
        this.cockpit = cockpit;
        this.signIn = signIn;
        this.saves = saves;
        this.settings = settings;
        this.report = report;
    }

    void run() {
        checkSample();
        Map<String, Object[]> lists = new LinkedHashMap<>();
        lists.put("p1", new Object[] {"leader", ""});
        lists.put("p2", new Object[] {"officer1", ""});
        lists.put("p3", new Object[] {"leader", "sector=ELECTRONIC_INFORMATION"});
        lists.put("p4", new Object[] {"leader", "min=1yi"});
        lists.put("p5", new Object[] {"leader", "status=DELAYED"});
        lists.put("p6", new Object[] {"leader", "status=DELAYED&status=SEVERELY_DELAYED&sector=BIOMEDICINE"});
        lists.put("p7", new Object[] {"leader", "issues=1"});
        lists.put("p8", new Object[] {"officer1", "status=SEVERELY_DELAYED"});
        for (var list : lists.entrySet()) {
            String user = (String) list.getValue()[0];
            String query = (String) list.getValue()[1];
            ProjectFilter filter = ProjectFilter.fromParameters(UriComponentsBuilder.fromUriString("/projects?" + query)
                    .build()
                    .getQueryParams());
            long count = signIn.as(user, () -> projects.count(filter));
            measure(
                    list.getKey(),
                    String.format(
                            "/projects first page and count, %s: %s (%,d projects)",
                            user, query.isEmpty() ? "(all)" : query, count),
                    () -> signIn.as(user, () -> {
                        // as the view on a filter change: the pick read once, the summary above the grid, its page
                        ProjectQueries.Narrowed narrowed = projects.narrow(filter);
                        projects.count(narrowed);
                        projects.page(narrowed, PageRequest.of(0, PAGE));
                    }),
                    "service p95 ≤ 100 ms",
                    100);
        }
        long all = signIn.as("leader", () -> projects.count(ProjectFilter.NONE));
        int middle = (int) (all / 2 / PAGE);
        measure(
                "p9",
                String.format(
                        "/projects deep page, leader: rows %,d–%,d of %,d",
                        middle * PAGE + 1, middle * PAGE + PAGE, all),
                () -> signIn.as("leader", () -> projects.page(ProjectFilter.NONE, PageRequest.of(middle, PAGE))),
                "service p95 ≤ 200 ms (2× a first page, as case b)",
                200);

        Map<String, Object[]> supervision = new LinkedHashMap<>();
        supervision.put("p10", new Object[] {"leader", "open", IssueFilter.open()});
        supervision.put("p11", new Object[] {"leader", "overdue", IssueFilter.overdue()});
        supervision.put("p12", new Object[] {
            "leader", "department=NATURAL_RESOURCES", IssueFilter.open().withDepartment("NATURAL_RESOURCES")
        });
        supervision.put("p13", new Object[] {"officer1", "open", IssueFilter.open()});
        for (var list : supervision.entrySet()) {
            String user = (String) list.getValue()[0];
            IssueFilter filter = (IssueFilter) list.getValue()[2];
            long count = signIn.as(user, () -> issues.count(filter));
            measure(
                    list.getKey(),
                    String.format(
                            "/issues supervision list first page and count, %s: %s (%,d issues)",
                            user, list.getValue()[1], count),
                    () -> signIn.as(user, () -> {
                        issues.count(filter);
                        List<IssueRow> rows = issues.list(filter, PageRequest.of(0, PAGE));
                        rows.size();
                    }),
                    "service p95 ≤ 100 ms",
                    100);
        }

        Map<String, Object[]> sections = new LinkedHashMap<>();
        sections.put("p16", new Object[] {"leader", "all sectors", CockpitFilter.DEFAULT});
        sections.put("p17", new Object[] {"officer1", "all sectors", CockpitFilter.DEFAULT});
        sections.put("p18", new Object[] {
            "leader",
            "sector ELECTRONIC_INFORMATION",
            new CockpitFilter(
                    java.util.Set.of("ELECTRONIC_INFORMATION"), null, CockpitFilter.DEFAULT.period(), null, null)
        });
        for (var section : sections.entrySet()) {
            String user = (String) section.getValue()[0];
            CockpitFilter filter = (CockpitFilter) section.getValue()[2];
            ProjectCockpit figures = signIn.as(user, () -> cockpit.projects(filter));
            measure(
                    section.getKey(),
                    String.format(
                            "cockpit 项目建设 section, %s, %s: 签约 %,d / 开工 %,d / 投产 %,d / 达产 %,d this year, delayed"
                                    + " by sector and unit, issues by department",
                            user,
                            section.getValue()[1],
                            figures.signed().count(),
                            figures.started().count(),
                            figures.producing().count(),
                            figures.fullCapacity().count()),
                    () -> signIn.as(user, () -> cockpit.projects(filter)),
                    "service p95 ≤ 150 ms (as the cockpit, case c)",
                    150);
        }

        long tourId = tour();
        measure(
                "p14",
                "a tour's page with " + TourService.MAX_STOPS + " stops, as TourView opens it: route, members, a"
                        + " score sheet, ranking",
                () -> signIn.as("leader", () -> {
                    TourDetail tour = tours.detail(tourId);
                    tours.sheet(tourId, tour.members().get(0).id());
                    tours.ranking(tourId);
                    booklet.fileName(tourId, Locale.SIMPLIFIED_CHINESE);
                }),
                "service p95 ≤ 100 ms (as a list)",
                100);
        int[] size = {0};
        measure(
                "p15",
                "the tour's booklet (.docx): cover, route and one page per project with milestones and issues",
                () -> signIn.as("leader", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    booklet.write(tourId, Locale.SIMPLIFIED_CHINESE, out);
                    size[0] = out.size();
                }),
                "a download: service p95 ≤ 2 s",
                2_000);
        report.note(String.format(
                "p: %,d signed projects visible to the leader; the booklet of %d stops is %,d kB",
                all, TourService.MAX_STOPS, size[0] / 1024));
    }

    /**
     * Generated data as the services see it: for a sample of projects, the stored summary (what the lists show)
     * agrees with the plan and the figures the services compute from the milestone and month rows.
     */
    private void checkSample() {
        List<String> mismatches = new ArrayList<>();
        int[] compared = {0};
        signIn.as("leader", () -> {
            for (ProjectRow row : projects.page(ProjectFilter.NONE, PageRequest.of(0, 100))) {
                long id = row.leadId();
                ProgressSummary stored = construction.progress(id).orElse(null);
                if (stored == null) {
                    mismatches.add(id + ": no summary");
                    continue;
                }
                var plan = construction.plan(id);
                PlanLine next = plan.lines().stream()
                        .filter(l -> l.actualOn() == null)
                        .findFirst()
                        .orElse(null);
                var figures = investment.figures(id);
                compared[0]++;
                if (plan.status() != stored.statusToday()
                        || !java.util.Objects.equals(next == null ? null : next.kindId(), stored.nextKindId())
                        || figures.completedTotal().compareTo(stored.completedTotal()) != 0
                        || figures.plannedTotal().compareTo(stored.plannedTotal()) != 0) {
                    mismatches.add(id + ": plan " + plan.status() + "/" + (next == null ? null : next.kindId()) + "/"
                            + figures.completedTotal() + "/" + figures.plannedTotal() + ", stored "
                            + stored.statusToday() + "/" + stored.nextKindId() + "/" + stored.completedTotal() + "/"
                            + stored.plannedTotal());
                }
            }
        });
        report.note(String.format(
                "p: %d generated projects checked through ConstructionService and InvestmentService: %s",
                compared[0], mismatches.isEmpty() ? "summaries agree with plans and figures" : mismatches));
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("generated project summaries disagree with the services: " + mismatches);
        }
    }

    /** The benchmark's tour: the first 30 started projects of ≥ 1亿, 5 members with full score sheets; reused. */
    private long tour() {
        return signIn.as("leader", () -> {
            for (TourRow row : tours.tours()) {
                if (row.name().equals(TOUR_NAME) && row.stops() == TourService.MAX_STOPS) {
                    return row.id();
                }
            }
            long id = tours.create(new TourCommand(
                    TOUR_NAME,
                    LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7)));
            var picks = tours.candidates(new TourPick(null, null, true, true));
            if (picks.size() < TourService.MAX_STOPS) {
                picks = tours.candidates(new TourPick(null, null, false, false));
            }
            TourDetail tour = null;
            for (var pick : picks.subList(0, Math.min(TourService.MAX_STOPS, picks.size()))) {
                tour = tours.addStop(id, pick.id());
            }
            for (int m = 1; m <= 5; m++) {
                tour = tours.addMember(id, "观摩团成员" + m, m == 1 ? "区委书记" : "副区长");
            }
            if (tour == null) {
                throw new IllegalStateException("no signed project to tour");
            }
            for (TourDetail.Member member : tour.members()) {
                Map<Long, Map<Long, BigDecimal>> sheet = new HashMap<>();
                for (TourDetail.Stop stop : tour.stops()) {
                    Map<Long, BigDecimal> row = new HashMap<>();
                    for (TourDetail.Criterion criterion : tour.criteria()) {
                        row.put(criterion.id(), BigDecimal.valueOf(60 + (stop.position() * 7 + member.id()) % 40));
                    }
                    sheet.put(stop.stopId(), row);
                }
                Map<Long, Map<Long, @org.jspecify.annotations.Nullable BigDecimal>> typed = new HashMap<>(sheet);
                tours.saveSheet(id, member.id(), typed);
            }
            return id;
        });
    }

    /** The statements of one look, grouped by the table each reads first: "investment_lead ×2, …". */
    private static String tables(List<DatabaseTime.Captured> statements) {
        Map<String, Integer> byTable = new LinkedHashMap<>();
        for (DatabaseTime.Captured statement : statements) {
            java.util.regex.Matcher from =
                    java.util.regex.Pattern.compile("(?i)\\bfrom\\s+([a-z_]+)").matcher(statement.sql());
            byTable.merge(from.find() ? from.group(1) : statement.sql().split("\\s+")[0], 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        byTable.forEach((table, n) -> parts.add(table + " ×" + n));
        return String.join(", ", parts);
    }

    private void measure(String id, String what, Runnable work, String target, double serviceTargetMillis) {
        CaseTimer.ColdAndWarm timed =
                CaseTimer.coldAndWarm(settings.warmups(), settings.iterations(), saves::one, work);
        saves.one();
        List<DatabaseTime.Captured> sent = DatabaseTime.record(work); // what one cold look sends to the database
        int statements = sent.size();
        if (id.equals("p1") || id.equals("p14")) {
            report.note(id + " sends: " + tables(sent));
        }
        report.add(new Line(
                id,
                what + " (" + statements + " statements)",
                target,
                timed.describe(),
                "",
                "",
                BenchmarkReport.verdict(timed.cold().service().p95Ms() <= serviceTargetMillis)));
    }
}

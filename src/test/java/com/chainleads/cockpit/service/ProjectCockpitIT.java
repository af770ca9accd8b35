package com.chainleads.cockpit.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.SignedLeads;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.InvestmentDraft;
import com.chainleads.construction.service.InvestmentService;
import com.chainleads.construction.service.MilestoneDraft;
import com.chainleads.construction.service.PlanLine;
import com.chainleads.construction.summary.ProjectFigures;
import com.chainleads.coordination.CoordinationTestData;
import com.chainleads.coordination.service.IssueDetails;
import com.chainleads.coordination.service.IssueQueries;
import com.chainleads.coordination.summary.IssueFigures;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.project.service.ProjectQueries;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure of the cockpit's 项目建设 section equals the count of the list it opens: 签约 the lead list, 开工 / 投产 /
 * 达产 / 完成投资 and the delayed projects {@code /projects}, the open and overdue issues {@code /issues} — for the
 * whole district and for one sector and unit.
 */
@IntegrationTest
class ProjectCockpitIT {

    @Autowired
    CockpitService cockpit;

    @Autowired
    ProjectQueries projects;

    @Autowired
    IssueQueries issues;

    @Autowired
    LeadQueries leads;

    @Autowired
    ProjectFigures projectFigures;

    @Autowired
    IssueFigures issueFigures;

    @Autowired
    ConstructionService construction;

    @Autowired
    InvestmentService investment;

    @Autowired
    SignedLeads signedLeads;

    @Autowired
    CoordinationTestData coordination;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private LocalDate today;
    private LeadDetails started;

    @BeforeEach
    void projectsInEveryState() {
        today = LocalDate.now(clock);
        // a project started today with investment figures this month and an overdue issue
        started = signedLeads.signedBy("officer1");
        milestone(started.id(), "GROUNDBREAKING", today.minusDays(10), today);
        signIn.as(
                "officer1",
                () -> investment.save(
                        started.id(),
                        new InvestmentDraft(
                                null, 0, YearMonth.from(today), new BigDecimal("120"), new BigDecimal("45.50"))));
        IssueDetails issue = coordination.raise("officer1", started.id(), "用地指标尚未落实");
        coordination.raise("officer1", started.id(), "施工许可办理进度缓慢");
        coordination.deadline(issue.id(), today.minusDays(3));
        // one project 严重滞后, one 滞后, as of today
        milestone(signedLeads.signedBy("officer1").id(), "LAND", today.minusDays(45), null);
        milestone(signedLeads.signedBy("officer1").id(), "LAND", today.minusDays(3), null);
        // other tests (and the deadline above) write behind the application's back: start in step
        projectFigures.rebuild();
        issueFigures.rebuild();
    }

    @Test
    void everyFigureOfTheDistrictEqualsTheCountOfTheListItOpens() {
        ProjectCockpit shown = signIn.as("leader", () -> cockpit.projects(CockpitFilter.DEFAULT));

        assertThat(shown.started().count()).isPositive();
        assertThat(shown.investment().projects()).isPositive();
        assertThat(shown.investment().completed()).isGreaterThanOrEqualTo(new BigDecimal("45.50"));
        assertThat(shown.delayedBySector()).isNotEmpty();
        assertThat(shown.delayedBySector().stream()
                        .mapToLong(ProjectCockpit.Delayed::delayed)
                        .sum())
                .isPositive();
        assertThat(shown.delayedBySector().stream()
                        .mapToLong(ProjectCockpit.Delayed::severelyDelayed)
                        .sum())
                .isPositive();
        assertThat(shown.issuesByDepartment().stream()
                        .mapToLong(ProjectCockpit.DepartmentIssues::overdue)
                        .sum())
                .isPositive();
        everyFigureAgreesWithItsList(shown);
    }

    @Test
    void everyFigureOfOneSectorAndUnitEqualsTheCountOfTheListItOpens() {
        String sector = jdbc.queryForObject(
                "select s.code from investment_lead l join sector s on s.id = l.sector_id where l.id = ?",
                String.class,
                started.id());
        CockpitFilter filter = new CockpitFilter(Set.of(sector), "INVEST_1", CockpitPeriod.YEAR, null, null);

        ProjectCockpit shown = signIn.as("leader", () -> cockpit.projects(filter));

        assertThat(shown.started().count()).isPositive();
        assertThat(shown.started().projects().sectors()).containsExactly(sector);
        assertThat(shown.started().projects().unit()).isEqualTo("INVEST_1");
        assertThat(shown.issuesByDepartment()).isNotEmpty();
        everyFigureAgreesWithItsList(shown);
    }

    private void everyFigureAgreesWithItsList(ProjectCockpit shown) {
        signIn.as("leader", () -> {
            assertThat(shown.signed().count())
                    .isEqualTo(leads.count(shown.signed().leads()));
            for (ProjectCockpit.Reached reached : List.of(shown.started(), shown.producing(), shown.fullCapacity())) {
                assertThat(projects.count(reached.projects())).as(reached.key()).isEqualTo(reached.count());
            }
            assertThat(projects.count(shown.investment().list()))
                    .isEqualTo(shown.investment().projects());
            for (ProjectCockpit.Delayed row : concat(shown.delayedBySector(), shown.delayedByUnit())) {
                assertThat(projects.count(row.delayedList())).as(row.code()).isEqualTo(row.delayed());
                assertThat(projects.count(row.severeList())).as(row.code()).isEqualTo(row.severelyDelayed());
            }
            for (ProjectCockpit.DepartmentIssues row : shown.issuesByDepartment()) {
                assertThat(issues.count(row.openList())).as(row.code()).isEqualTo(row.open());
                assertThat(issues.count(row.overdueList())).as(row.code()).isEqualTo(row.overdue());
            }
            return null;
        });
    }

    private static List<ProjectCockpit.Delayed> concat(List<ProjectCockpit.Delayed> a, List<ProjectCockpit.Delayed> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private void milestone(long leadId, String kind, LocalDate planned, @Nullable LocalDate actual) {
        signIn.as("officer1", () -> {
            PlanLine line = construction.plan(leadId).lines().stream()
                    .filter(l -> l.kindCode().equals(kind))
                    .findFirst()
                    .orElseThrow();
            return construction.saveMilestone(
                    leadId,
                    new MilestoneDraft(
                            line.kindId(), line.milestoneId(), line.version(), planned, actual, null, List.of()));
        });
    }
}

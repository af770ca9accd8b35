package com.chainleads.project.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.coordination.CoordinationTestData;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.project.ProjectTestData;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.MovableClock;
import com.chainleads.testsupport.SignIn;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@IntegrationTest
class ProjectQueriesIT {

    @Autowired
    ProjectQueries projects;

    @Autowired
    ProjectTestData data;

    @Autowired
    CoordinationTestData issues;

    @Autowired
    SignIn signIn;

    @Autowired
    ConstructionService construction;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<ProjectRow> all(String user, ProjectFilter filter) {
        return signIn.as(user, () -> projects.page(filter, PageRequest.of(0, 5_000)));
    }

    private ProjectRow row(String user, ProjectFilter filter, long leadId) {
        return all(user, filter).stream()
                .filter(r -> r.leadId() == leadId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theStatusFilterKeepsOnlyProjectsDelayedAsOfTodayAndTheCountAgrees() {
        LeadDetails delayed = data.plannedIn("officer1", -10);
        LeadDetails severe = data.plannedIn("officer1", -40);
        LeadDetails onTime = data.plannedIn("officer1", 10);
        LeadDetails noPlan = data.signed("officer1");
        ProjectFilter onlyDelayed = ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.DELAYED));

        List<ProjectRow> rows = all("leader", onlyDelayed);

        assertThat(rows)
                .extracting(ProjectRow::leadId)
                .contains(delayed.id())
                .doesNotContain(severe.id(), onTime.id(), noPlan.id());
        assertThat(rows).allMatch(r -> r.status() == ProjectStatus.DELAYED);
        assertThat(signIn.as("leader", () -> projects.count(onlyDelayed))).isEqualTo(rows.size());
        assertThat(row("leader", ProjectFilter.NONE, severe.id()).status()).isEqualTo(ProjectStatus.SEVERELY_DELAYED);
        assertThat(row("leader", ProjectFilter.NONE, noPlan.id()).status()).isEqualTo(ProjectStatus.NO_PLAN);
    }

    @Test
    void theStatusIsTheStatusAsOfTodayNotAsOfTheLastWrite() {
        LeadDetails lead = data.plannedIn("officer1", 5);
        assertThat(row("officer1", ProjectFilter.NONE, lead.id()).status()).isEqualTo(ProjectStatus.ON_SCHEDULE);

        clock.advance(Duration.ofDays(6));
        assertThat(row("officer1", ProjectFilter.NONE, lead.id()).status()).isEqualTo(ProjectStatus.DELAYED);

        clock.advance(Duration.ofDays(30));
        ProjectRow severe = row("officer1", ProjectFilter.NONE, lead.id());
        assertThat(severe.status()).isEqualTo(ProjectStatus.SEVERELY_DELAYED);
        assertThat(all("officer1", ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.SEVERELY_DELAYED))))
                .extracting(ProjectRow::leadId)
                .contains(lead.id());
    }

    @Test
    void aRowCarriesTheNextMilestoneTheOpenIssuesAndTheCompletedShare() {
        LeadDetails lead = data.plannedIn("officer1", 10);
        issues.raise("officer1", lead.id(), "用地指标未落实");
        issues.raise("officer1", lead.id(), "施工用电未接入");

        ProjectRow row = row("leader", ProjectFilter.NONE.withOpenIssues(true), lead.id());

        assertThat(row.nextMilestoneZh()).isEqualTo("注册");
        assertThat(row.nextPlannedOn()).isEqualTo(data.today().plusDays(10));
        assertThat(row.openIssues()).isEqualTo(2);
        assertThat(row.totalInvestment()).isEqualByComparingTo("20000");
        assertThat(row.completedShare()).isEqualByComparingTo("0");
        assertThat(all("leader", ProjectFilter.NONE.withOpenIssues(true))).allMatch(r -> r.openIssues() > 0);
    }

    @Test
    void anOfficerSeesOnlyTheirUnitsSignedProjects() {
        LeadDetails ofUnit1 = data.plannedIn("officer1", -3);
        LeadDetails ofUnit2 = data.plannedIn("officer2", -3);
        ProjectFilter delayed = ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.DELAYED));

        assertThat(all("officer1", ProjectFilter.NONE))
                .extracting(ProjectRow::leadId)
                .contains(ofUnit1.id())
                .doesNotContain(ofUnit2.id());
        assertThat(all("officer1", delayed))
                .extracting(ProjectRow::leadId)
                .contains(ofUnit1.id())
                .doesNotContain(ofUnit2.id());
        assertThat(all("leader", delayed)).extracting(ProjectRow::leadId).contains(ofUnit1.id(), ofUnit2.id());
        long officersCount = signIn.as("officer1", () -> projects.count(ProjectFilter.NONE));
        long leadersCount = signIn.as("leader", () -> projects.count(ProjectFilter.NONE));
        assertThat(officersCount).isEqualTo(all("officer1", ProjectFilter.NONE).size());
        assertThat(leadersCount).isGreaterThan(officersCount);
    }

    @Test
    void theNoPlanFilterListsTheSignedProjectsWithoutAPlanAndNoOthers() {
        LeadDetails noPlan = data.signed("officer1");
        LeadDetails planned = data.plannedIn("officer1", 10);
        ProjectFilter withoutPlan = ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.NO_PLAN));

        List<ProjectRow> rows = all("leader", withoutPlan);

        assertThat(rows).extracting(ProjectRow::leadId).contains(noPlan.id()).doesNotContain(planned.id());
        assertThat(rows).allMatch(r -> r.status() == ProjectStatus.NO_PLAN);
        assertThat(signIn.as("leader", () -> projects.count(withoutPlan))).isEqualTo(rows.size());
        ProjectFilter noPlanOrOnTime =
                withoutPlan.withStatuses(Set.of(ProjectStatus.NO_PLAN, ProjectStatus.ON_SCHEDULE));
        assertThat(all("leader", noPlanOrOnTime)).extracting(ProjectRow::leadId).contains(noPlan.id(), planned.id());
    }

    @Test
    void aStatusFilterNarrowsAFreeTextSearchAndTheCountStaysExact() {
        LeadDetails delayed = data.plannedIn("officer1", -3);
        LeadDetails onTime = data.plannedIn("officer1", 3);

        ProjectFilter found = ProjectFilter.NONE.withText(delayed.leadNo()).withStatuses(Set.of(ProjectStatus.DELAYED));
        ProjectFilter notFound =
                ProjectFilter.NONE.withText(onTime.leadNo()).withStatuses(Set.of(ProjectStatus.DELAYED));

        assertThat(all("officer1", found)).extracting(ProjectRow::leadId).containsExactly(delayed.id());
        assertThat(signIn.as("officer1", () -> projects.count(found))).isEqualTo(1);
        assertThat(all("officer1", notFound)).isEmpty();
        assertThat(signIn.as("officer1", () -> projects.count(notFound))).isZero();
    }

    @Test
    void aLaterPageOfANarrowedListContinuesWhereTheFirstStopped() {
        for (int i = 0; i < 5; i++) {
            data.plannedIn("officer1", -5 - i);
        }
        ProjectFilter delayed = ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.DELAYED));
        List<ProjectRow> whole = all("leader", delayed);

        List<ProjectRow> second = signIn.as("leader", () -> projects.page(delayed, PageRequest.of(1, 2)));

        assertThat(whole.size()).isGreaterThanOrEqualTo(5);
        assertThat(second)
                .extracting(ProjectRow::leadId)
                .containsExactlyElementsOf(
                        whole.subList(2, 4).stream().map(ProjectRow::leadId).toList());
    }

    @Test
    void theOpenIssuesFilterKeepsTheCallersVisibility() {
        LeadDetails ofUnit1 = data.plannedIn("officer1", 10);
        LeadDetails ofUnit2 = data.plannedIn("officer2", 10);
        issues.raise("officer1", ofUnit1.id(), "施工许可待办");
        issues.raise("officer2", ofUnit2.id(), "施工用电增容待协调");
        ProjectFilter withIssues = ProjectFilter.NONE.withOpenIssues(true);

        assertThat(all("officer1", withIssues))
                .extracting(ProjectRow::leadId)
                .contains(ofUnit1.id())
                .doesNotContain(ofUnit2.id());
        assertThat(signIn.as("officer1", () -> projects.count(withIssues)))
                .isEqualTo(all("officer1", withIssues).size());
        assertThat(all("leader", withIssues)).extracting(ProjectRow::leadId).contains(ofUnit1.id(), ofUnit2.id());
    }

    @Test
    void theProgressOfAnotherUnitsProjectIsNotGivenToAnOfficerWhoAsksForItById() {
        LeadDetails ofUnit2 = data.plannedIn("officer2", 10);

        assertThat(signIn.as("officer1", () -> construction.progressOfLeads(List.of(ofUnit2.id()))))
                .isEmpty();
        assertThat(signIn.as("officer2", () -> construction.progressOfLeads(List.of(ofUnit2.id()))))
                .containsKey(ofUnit2.id());
        assertThat(signIn.as("leader", () -> construction.progressOfLeads(List.of(ofUnit2.id()))))
                .containsKey(ofUnit2.id());
    }
}

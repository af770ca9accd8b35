package com.chainleads.cockpit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.chart.ChartClickEvent;
import com.chainleads.base.ui.chart.EChart;
import com.chainleads.cockpit.service.CockpitFilter;
import com.chainleads.cockpit.service.CockpitPeriod;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.ProjectCockpit;
import com.chainleads.coordination.ui.IssueSupervisionView;
import com.chainleads.lead.ui.LeadListView;
import com.chainleads.project.ui.ProjectListView;
import com.chainleads.testsupport.KaribuTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cockpit's 项目建设 section: each card and bar opens the list of exactly what it counts. */
class ProjectSectionTest extends KaribuTest {

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static String address(String path, Map<String, List<String>> parameters) {
        return path + "?" + new QueryParameters(parameters).getQueryString();
    }

    private static Div card(ProjectSection section, String key) {
        return _find(section.cards, Div.class, spec -> spec.withAttribute("data-kpi", "project-" + key))
                .get(0);
    }

    private static void click(EChart chart, String dataId) {
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "s", 0, "series", "x", 0, dataId));
    }

    @Test
    void theMilestoneAndInvestmentCardsOpenTheProjectsTheyCountAndTheSignedCardTheLeads() {
        int year = LocalDate.now(context.getBean(Clock.class)).getYear();
        CockpitFilter filter = new CockpitFilter(Set.of("NEW_MATERIALS"), null, CockpitPeriod.YEAR, null, null);
        for (String key : List.of("signed", "started", "producing", "fullCapacity", "investment")) {
            loginAs("leader");
            navigate("cockpit?sector=NEW_MATERIALS");
            ProjectCockpit shown = context.getBean(CockpitService.class).projects(filter);
            Div card = card(_get(CockpitView.class).projectSection, key);

            ComponentUtil.fireEvent(card, new ClickEvent<>(card));

            Map<String, List<String>> expected = switch (key) {
                case "signed" -> shown.signed().leads().toParameters();
                case "started" -> shown.started().projects().toParameters();
                case "producing" -> shown.producing().projects().toParameters();
                case "fullCapacity" -> shown.fullCapacity().projects().toParameters();
                default -> shown.investment().list().toParameters();
            };
            String path = key.equals("signed") ? "leads" : "projects";
            assertThat(location()).as(key).isEqualTo(path + "?" + new QueryParameters(expected).getQueryString());
            if (key.equals("signed")) {
                assertThat(_get(LeadListView.class)).isNotNull();
            } else {
                assertThat(_get(ProjectListView.class)).isNotNull();
                assertThat(location()).contains("sector=NEW_MATERIALS").contains("=" + year);
            }
        }
    }

    @Test
    void aDelayedBarOpensTheDelayedProjectsOfItsSectorAndAnIssueBarTheDepartmentsOverdueIssues() {
        loginAs("leader");
        navigate("cockpit");
        ProjectCockpit shown = context.getBean(CockpitService.class).projects(CockpitFilter.DEFAULT);
        assertThat(shown.delayedBySector())
                .as("the demo data has delayed projects")
                .isNotEmpty();
        assertThat(shown.issuesByDepartment())
                .as("the demo data has open issues")
                .isNotEmpty();

        click(_get(CockpitView.class).projectSection.delayedBySector, "b-0");

        assertThat(_get(ProjectListView.class)).isNotNull();
        assertThat(location())
                .isEqualTo(address(
                        "projects", shown.delayedBySector().get(0).severeList().toParameters()));

        navigate("cockpit");
        click(_get(CockpitView.class).projectSection.delayedByUnit, "a-0");

        assertThat(location())
                .isEqualTo(address(
                        "projects", shown.delayedByUnit().get(0).delayedList().toParameters()));

        navigate("cockpit");
        click(_get(CockpitView.class).projectSection.issuesByDepartment, "b-0");

        assertThat(_get(IssueSupervisionView.class)).isNotNull();
        assertThat(location())
                .isEqualTo(address(
                        "issues",
                        shown.issuesByDepartment().get(0).overdueList().toParameters()));
        assertThat(location())
                .contains("overdue=1")
                .contains("department=" + shown.issuesByDepartment().get(0).code());
    }
}

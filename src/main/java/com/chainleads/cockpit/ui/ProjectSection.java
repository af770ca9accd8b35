package com.chainleads.cockpit.ui;

import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.EChart;
import com.chainleads.cockpit.service.ProjectCockpit;
import com.chainleads.coordination.service.IssueFilter;
import com.chainleads.coordination.ui.IssueSupervisionView;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.ui.LeadListView;
import com.chainleads.project.service.ProjectFilter;
import com.chainleads.project.ui.ProjectListView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The cockpit's 项目建设 section: "四个一批" this year (签约, 开工, 投产, 达产) and 完成投资 against the year's plan as KPI
 * cards, projects delayed as of today by sector and by unit, and open issues by department as charts. Each card and
 * bar opens the list of exactly what it counts: the lead list for 签约, {@code /projects} for the projects,
 * {@code /issues} for the issues.
 */
final class ProjectSection extends Div {

    final H3 title = new H3();
    final Div cards = new Div();
    final EChart delayedBySector = new EChart();
    final EChart delayedByUnit = new EChart();
    final EChart issuesByDepartment = new EChart();

    private ProjectCockpit shown;

    ProjectSection() {
        title.addClassName("cl-section-title");
        cards.addClassName("cl-kpi-grid");
        Div charts = new Div(
                chartCard("delayedBySector", delayedBySector),
                chartCard("delayedByUnit", delayedByUnit),
                chartCard("issuesByDepartment", issuesByDepartment));
        charts.addClassName("cl-chart-grid");
        add(title, cards, charts);
        addClassName("cl-cockpit-section");
        addClassName("cl-project-section");
        setWidthFull();
        delayedBySector.addChartClickListener(e -> e.getDataId()
                .ifPresent(id -> open(id, i -> {
                    ProjectCockpit.Delayed row = shown.delayedBySector().get(i);
                    return id.startsWith("a-") ? row.delayedList() : row.severeList();
                })));
        delayedByUnit.addChartClickListener(e -> e.getDataId()
                .ifPresent(id -> open(id, i -> {
                    ProjectCockpit.Delayed row = shown.delayedByUnit().get(i);
                    return id.startsWith("a-") ? row.delayedList() : row.severeList();
                })));
        issuesByDepartment.addChartClickListener(e -> e.getDataId().ifPresent(id -> {
            ProjectCockpit.DepartmentIssues row = shown.issuesByDepartment().get(Integer.parseInt(id.substring(2)));
            openIssues(id.startsWith("a-") ? row.openList() : row.overdueList());
        }));
    }

    void show(ProjectCockpit figures, Map<String, String> sectorNames, Map<String, String> unitNames, Locale locale) {
        this.shown = figures;
        title.setText(getTranslation("cockpit.projects.title", String.valueOf(figures.year())));
        cards.removeAll();
        cards.add(card(
                "signed",
                String.valueOf(figures.signed().count()),
                getTranslation(
                        "cockpit.kpi.signedAmount",
                        Money.format(figures.signed().amount(), locale)),
                () -> openLeads(figures.signed().leads())));
        for (ProjectCockpit.Reached reached : List.of(figures.started(), figures.producing(), figures.fullCapacity())) {
            cards.add(card(
                    reached.key(),
                    String.valueOf(reached.count()),
                    getTranslation("cockpit.projects.reachedHint"),
                    () -> openProjects(reached.projects())));
        }
        ProjectCockpit.Investment investment = figures.investment();
        cards.add(card(
                "investment",
                Money.format(investment.completed(), locale),
                getTranslation(
                        "cockpit.projects.investmentHint",
                        Money.format(investment.planned(), locale),
                        investment.sharePercent() == null
                                ? "—"
                                : investment.sharePercent().toPlainString() + "%",
                        investment.projects()),
                () -> openProjects(investment.list())));

        String delayed = getTranslation("cockpit.projects.delayed");
        String severe = getTranslation("cockpit.projects.severelyDelayed", figures.severeDelayDays());
        delayedBySector.setOption(delayChart(figures.delayedBySector(), sectorNames, delayed, severe, locale));
        delayedByUnit.setOption(delayChart(figures.delayedByUnit(), unitNames, delayed, severe, locale));
        boolean english = com.chainleads.base.i18n.AppLocales.isEnglish(locale);
        issuesByDepartment.setOption(ProjectCharts.stacked(
                figures.issuesByDepartment().stream()
                        .map(d -> new ProjectCharts.Pair(
                                english ? d.nameEn() : d.nameZh(), d.open() - d.overdue(), d.overdue()))
                        .toList(),
                getTranslation("cockpit.projects.openNotOverdue"),
                getTranslation("cockpit.projects.overdue"),
                CockpitCharts.BLUE,
                CockpitCharts.RED,
                true,
                locale));
        issuesByDepartment.setHeight(
                Math.max(220, 90 + 30 * figures.issuesByDepartment().size()) + "px");
    }

    private Div chartCard(String key, EChart chart) {
        chart.setHeight("300px");
        chart.getElement().setAttribute("data-chart", key);
        H3 heading = new H3(getTranslation("cockpit.projects.chart." + key));
        heading.addClassName("cl-chart-title");
        Div card = new Div(heading, chart);
        card.addClassNames("cl-card", "cl-chart-card");
        return card;
    }

    private Div card(String key, String figure, String detail, Runnable open) {
        Span heading = new Span(getTranslation("cockpit.projects.kpi." + key));
        heading.addClassName("cl-kpi-title");
        Span value = new Span(figure);
        value.addClassName("cl-kpi-value");
        Span sub = new Span(detail);
        sub.addClassName("cl-kpi-detail");
        Div card = new Div(heading, value, sub);
        card.addClassNames("cl-card", "cl-kpi");
        card.getElement().setAttribute("data-kpi", "project-" + key);
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(e -> open.run());
        card.getElement().addEventListener("keydown", e -> open.run()).setFilter("event.key === 'Enter'");
        return card;
    }

    private static void open(String dataId, IntFunction<ProjectFilter> list) {
        openProjects(list.apply(Integer.parseInt(dataId.substring(2))));
    }

    static void openProjects(ProjectFilter filter) {
        UI.getCurrent().navigate(ProjectListView.class, new QueryParameters(filter.toParameters()));
    }

    static void openIssues(IssueFilter filter) {
        UI.getCurrent().navigate(IssueSupervisionView.class, new QueryParameters(filter.toParameters()));
    }

    static void openLeads(LeadFilter filter) {
        UI.getCurrent().navigate(LeadListView.class, new QueryParameters(filter.toParameters()));
    }

    /** 滞后 and 严重滞后 stacked per sector or unit, named in the user's language. */
    private static ChartOption delayChart(
            List<ProjectCockpit.Delayed> rows,
            Map<String, String> names,
            String delayed,
            String severe,
            Locale locale) {
        return ProjectCharts.stacked(
                rows.stream()
                        .map(d -> new ProjectCharts.Pair(
                                names.getOrDefault(d.code(), d.code()), d.delayed(), d.severelyDelayed()))
                        .toList(),
                delayed,
                severe,
                CockpitCharts.AMBER,
                CockpitCharts.RED,
                false,
                locale);
    }
}

package com.chainleads.cockpit.ui;

import com.chainleads.base.ui.DatePickers;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.GridHeaders;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.EChart;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.cockpit.service.ChartData;
import com.chainleads.cockpit.service.CockpitFilter;
import com.chainleads.cockpit.service.CockpitKpis;
import com.chainleads.cockpit.service.CockpitPeriod;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.DateRange;
import com.chainleads.cockpit.service.Kpi;
import com.chainleads.cockpit.service.Supervision;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.spreadsheet.LeadExport;
import com.chainleads.lead.ui.LeadListView;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UnitOption;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The leaders' cockpit (招商驾驶舱), their landing view: KPI cards, charts by sector, stage, month, region,
 * channel and project type, the supervision list and the key projects, for the sectors, unit and period in the
 * URL. Every card, bar and slice opens the lead list with exactly the leads behind it.
 *
 * <p>Size: one view with a dozen cards and charts, each a few lines that hand options to the chart component
 * and a drill-down filter to the list; the option builders and figures live in their own classes.
 */
@Route("cockpit")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Menu(order = 5, title = "nav.cockpit", icon = "vaadin:dashboard")
public class CockpitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final MultiSelectComboBox<SectorOption> sectors = new MultiSelectComboBox<>();
    final ComboBox<UnitOption> unit = new ComboBox<>();
    final Select<CockpitPeriod> period = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div kpiCards = new Div();
    /** Rows other features contribute ({@link CockpitRow}), below the KPI cards. */
    final Div contributedRows = new Div();
    /** 项目建设: "四个一批", 完成投资, delayed projects and open issues (issue 15 point 6). */
    final ProjectSection projectSection = new ProjectSection();

    final EChart sectorChart = new EChart();
    final EChart funnelChart = new EChart();
    final EChart trendChart = new EChart();
    final EChart regionChart = new EChart();
    final EChart channelChart = new EChart();
    final EChart typeChart = new EChart();
    /** A supervision count; a count above 0 is a link to the leads it counts. */
    static final String COUNT_LINK = """
            ${item.count > 0
              ? html`<vaadin-button theme="tertiary-inline ${item.tone}" @click="${open}">${item.count}</vaadin-button>`
              : html`<span>0</span>`}""";

    final Grid<Supervision> supervision = new Grid<>();
    final Grid<LeadRow> keyProjects = new Grid<>();
    final Span periodText = new Span();

    private final transient CockpitService cockpit;
    private final transient Clock clock;
    private final List<SectorOption> sectorOptions;
    private final List<UnitOption> unitOptions;
    private final Map<EChart, Function<Integer, LeadFilter>> drillDowns = new java.util.HashMap<>();
    private List<ChartData.Month> trendDrillDown = List.of();
    private CockpitFilter filter = CockpitFilter.DEFAULT;
    /** What the key-project export writes; read by the download request, outside the UI lock. */
    private volatile List<Long> keyProjectIds = List.of();

    private boolean updating;

    private final transient List<CockpitRow> rows;

    public CockpitView(
            CockpitService cockpit,
            ChainReferenceService chains,
            DirectoryService directory,
            LeadExport export,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<CockpitRow> rows) {
        this.rows = rows.orderedStream().toList();
        this.cockpit = cockpit;
        this.clock = clock;
        this.sectorOptions = chains.sectors();
        this.unitOptions = directory.units();
        addClassName("cl-view");
        addClassName("cl-cockpit");
        add(filterBar(), periodText, kpiCards, contributedRows);
        contributedRows.setWidthFull();
        kpiCards.addClassName("cl-kpi-grid");
        add(chartGrid(), projectSection);
        wireChartClicks();
        configureSupervision();
        configureKeyProjects();
        Locale locale = getLocale();
        com.vaadin.flow.component.html.Anchor exportKeyProjects = Downloads.button(
                getTranslation("lead.export.button"),
                Downloads.xlsx(
                        () -> export.fileName(locale),
                        out -> export.write(
                                keyProjectIds, getTranslation("cockpit.keyProjects.exportTitle"), locale, out)));
        exportKeyProjects.setId("key-projects-export");
        Div keyProjectsSection = section("cockpit.keyProjects.title", keyProjects);
        keyProjectsSection.addComponentAtIndex(1, exportKeyProjects);
        add(section("cockpit.supervision.title", supervision), keyProjectsSection);
    }

    // ---- filter -------------------------------------------------------------------------------------------

    private Div filterBar() {
        Locale locale = getLocale();
        sectors.setPlaceholder(getTranslation("cockpit.filter.sectors"));
        sectors.setItems(sectorOptions);
        sectors.setItemLabelGenerator(s -> s.name(locale));
        sectors.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("cockpit.filter.unit"));
        unit.setItems(unitOptions);
        unit.setItemLabelGenerator(u -> u.name(locale));
        unit.setClearButtonVisible(true);
        period.setItems(CockpitPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation(p.translationKey()));
        from.setPlaceholder(getTranslation("cockpit.filter.from"));
        to.setPlaceholder(getTranslation("cockpit.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(DatePickers.i18n(locale));
        }
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(sectors, unit, period, from, to)) {
            field.addValueChangeListener(e -> {
                if (!updating && e.isFromClient()) {
                    navigateTo(currentFilter());
                }
            });
        }
        Div bar = new Div(sectors, unit, period, from, to);
        bar.addClassName("cl-filter-row");
        bar.addClassName("cl-cockpit-filter");
        return bar;
    }

    private CockpitFilter currentFilter() {
        return new CockpitFilter(
                sectors.getValue().stream().map(SectorOption::code).collect(Collectors.toSet()),
                unit.getValue() == null ? null : unit.getValue().code(),
                Objects.requireNonNullElse(period.getValue(), CockpitPeriod.YEAR),
                from.getValue(),
                to.getValue());
    }

    private void showFilter(CockpitFilter shown) {
        updating = true;
        try {
            sectors.setValue(sectorOptions.stream()
                    .filter(s -> shown.sectors().contains(s.code()))
                    .collect(Collectors.toSet()));
            unit.setValue(unitOptions.stream()
                    .filter(u -> u.code().equals(shown.unit()))
                    .findFirst()
                    .orElse(null));
            period.setValue(shown.period());
            DateRange range = shown.range(LocalDate.now(clock));
            from.setValue(range.from());
            to.setValue(range.to());
            from.setReadOnly(shown.period() != CockpitPeriod.CUSTOM);
            to.setReadOnly(shown.period() != CockpitPeriod.CUSTOM);
            periodText.setText(
                    getTranslation("cockpit.periodText", Formats.date(range.from()), Formats.date(range.to())));
        } finally {
            updating = false;
        }
    }

    /** The filter limited to the sectors and unit the boxes offer; the others are noted in {@code unknown}. */
    private CockpitFilter known(CockpitFilter asked, UnknownFilterValues unknown) {
        Set<String> sectorCodes = new LinkedHashSet<>();
        for (String code : asked.sectors()) {
            sectorOptions.stream()
                    .filter(s -> s.code().equalsIgnoreCase(code))
                    .findFirst()
                    .ifPresentOrElse(
                            s -> sectorCodes.add(s.code()), () -> unknown.add(UnknownFilterValues.Kind.SECTOR, code));
        }
        String unitCode = null;
        if (asked.unit() != null) {
            unitCode = unitOptions.stream()
                    .map(UnitOption::code)
                    .filter(code -> code.equalsIgnoreCase(asked.unit()))
                    .findFirst()
                    .orElse(null);
            if (unitCode == null) {
                unknown.add(UnknownFilterValues.Kind.UNIT, asked.unit());
            }
        }
        return new CockpitFilter(sectorCodes, unitCode, asked.period(), asked.from(), asked.to());
    }

    private void navigateTo(CockpitFilter next) {
        UI.getCurrent().navigate(CockpitView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a sector or unit the boxes do not offer is dropped, said so at the top and taken out of the address
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        CockpitFilter read = CockpitFilter.fromParameters(asked);
        UnknownFilterValues unknown = new UnknownFilterValues();
        CockpitFilter known = known(read, unknown);
        // the default period is left out of the address it is written back to
        boolean defaultPeriod = asked.getOrDefault("period", List.of()).stream()
                .allMatch(p -> p.strip().equalsIgnoreCase(CockpitPeriod.YEAR.name()));
        unknown.addNotUnderstood(asked, read.toParameters(), defaultPeriod ? Set.of("period") : Set.of());
        if (unknown.forwardIfAny(event, this, CockpitView.class, known.toParameters())) {
            return;
        }
        filter = known;
        showFilter(filter);
        refresh();
    }

    // ---- content ------------------------------------------------------------------------------------------

    private void refresh() {
        Locale locale = getLocale();
        showKpis(cockpit.kpis(filter), locale);
        contributedRows.removeAll();
        rows.forEach(row -> contributedRows.add(row.create(filter.sectors())));
        Function<String, String> t = this::getTranslation;
        Map<String, String> sectorNames =
                sectorOptions.stream().collect(Collectors.toMap(SectorOption::code, s -> s.name(locale)));

        List<ChartData.Bar> bySector = cockpit.bySector(filter);
        show(
                sectorChart,
                CockpitCharts.bySector(bySector, sectorNames::get, t, locale),
                index -> bySector.get(index).leads());
        List<ChartData.FunnelStep> funnel = cockpit.funnel(filter);
        show(
                funnelChart,
                CockpitCharts.funnel(funnel, t, locale),
                index -> funnel.get(index).leads());
        List<ChartData.Month> trend = cockpit.trend(filter);
        showTrend(trend);
        List<ChartData.Bar> regions = cockpit.byRegion(filter);
        show(
                regionChart,
                CockpitCharts.pie(
                        t.apply("cockpit.chart.byRegion"),
                        regions,
                        key -> t.apply(OriginRegion.valueOf(key).translationKey()),
                        t,
                        locale),
                i -> regions.get(i).leads());
        List<ChartData.Bar> channels = cockpit.byChannel(filter);
        show(
                channelChart,
                CockpitCharts.pie(
                        t.apply("cockpit.chart.byChannel"),
                        channels,
                        key -> t.apply(LeadChannel.valueOf(key).translationKey()),
                        t,
                        locale),
                i -> channels.get(i).leads());
        List<ChartData.Bar> types = cockpit.byProjectType(filter);
        show(
                typeChart,
                CockpitCharts.pie(
                        t.apply("cockpit.chart.byType"),
                        types,
                        key -> t.apply(ProjectType.valueOf(key).translationKey()),
                        t,
                        locale),
                i -> types.get(i).leads());

        projectSection.show(
                cockpit.projects(filter),
                sectorNames,
                unitOptions.stream().collect(Collectors.toMap(UnitOption::code, u -> u.name(locale))),
                locale);

        supervision.setItems(cockpit.supervision(filter));
        List<LeadRow> top = cockpit.keyProjects(filter, 10);
        keyProjects.setItems(top);
        keyProjectIds = top.stream().map(LeadRow::id).toList();
    }

    private void showKpis(CockpitKpis kpis, Locale locale) {
        kpiCards.removeAll();
        kpiCards.add(kpiCard(
                kpis.activeLeads(),
                String.valueOf(kpis.activeLeads().count()),
                getTranslation(
                        "cockpit.kpi.plannedInvestment",
                        Money.format(kpis.activeLeads().amount(), locale))));
        kpiCards.add(kpiCard(
                kpis.signed(),
                String.valueOf(kpis.signed().count()),
                getTranslation(
                        "cockpit.kpi.signedAmount", Money.format(kpis.signed().amount(), locale))));
        kpiCards.add(kpiCard(
                kpis.landed(), String.valueOf(kpis.landed().count()), getTranslation("cockpit.kpi.landedHint")));
        kpiCards.add(kpiCard(
                kpis.negotiatingOver100m(),
                String.valueOf(kpis.negotiatingOver100m().count()),
                getTranslation("cockpit.kpi.negotiatingHint")));
        kpiCards.add(kpiCard(
                kpis.negotiatingOver1bn(),
                String.valueOf(kpis.negotiatingOver1bn().count()),
                getTranslation("cockpit.kpi.negotiatingHint")));
        Kpi fresh = kpis.newThisMonth();
        long previous = Objects.requireNonNullElse(fresh.previous(), 0L);
        String trend = fresh.count() > previous ? "↑" : fresh.count() < previous ? "↓" : "→";
        kpiCards.add(kpiCard(
                fresh, String.valueOf(fresh.count()), getTranslation("cockpit.kpi.lastMonth", previous, trend)));
        kpiCards.add(kpiCard(
                kpis.fundsReceived(),
                Money.format(kpis.fundsReceived().amount(), locale),
                getTranslation(
                        "cockpit.kpi.fundedProjects", kpis.fundsReceived().count())));
    }

    private Div kpiCard(Kpi kpi, String figure, String detail) {
        Span title = new Span(getTranslation("cockpit.kpi." + kpi.key()));
        title.addClassName("cl-kpi-title");
        Span value = new Span(figure);
        value.addClassName("cl-kpi-value");
        Span sub = new Span(detail);
        sub.addClassName("cl-kpi-detail");
        Div card = new Div(title, value, sub);
        card.addClassNames("cl-card", "cl-kpi");
        card.getElement().setAttribute("data-kpi", kpi.key());
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(e -> openLeads(kpi.leads()));
        card.getElement()
                .addEventListener("keydown", e -> openLeads(kpi.leads()))
                .setFilter("event.key === 'Enter'");
        return card;
    }

    private Div chartGrid() {
        Div grid = new Div(
                chartCard("cockpit.chart.bySector", sectorChart),
                chartCard("cockpit.chart.funnel", funnelChart),
                chartCard("cockpit.chart.trend", trendChart),
                chartCard("cockpit.chart.byRegion", regionChart),
                chartCard("cockpit.chart.byChannel", channelChart),
                chartCard("cockpit.chart.byType", typeChart));
        grid.addClassName("cl-chart-grid");
        return grid;
    }

    private Div chartCard(String titleKey, EChart chart) {
        chart.setHeight("320px");
        chart.getElement().setAttribute("data-chart", titleKey.substring("cockpit.chart.".length()));
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("cl-chart-title");
        Div card = new Div(title, chart);
        card.addClassNames("cl-card", "cl-chart-card");
        return card;
    }

    private void show(EChart chart, ChartOption option, Function<Integer, LeadFilter> drillDown) {
        chart.setOption(option);
        drillDowns.put(chart, drillDown);
    }

    private void showTrend(List<ChartData.Month> trend) {
        trendChart.setOption(CockpitCharts.trend(trend, this::getTranslation, getLocale()));
        trendDrillDown = trend;
    }

    /** A click on a bar, slice or point opens the leads behind it. */
    private void wireChartClicks() {
        for (EChart chart : List.of(sectorChart, funnelChart, regionChart, channelChart, typeChart)) {
            chart.addChartClickListener(e -> {
                Function<Integer, LeadFilter> drillDown = drillDowns.get(chart);
                if (drillDown != null) {
                    e.getDataId().ifPresent(id -> openLeads(drillDown.apply(Integer.parseInt(id))));
                }
            });
        }
        trendChart.addChartClickListener(e -> {
            String id = e.getDataId().orElse(null);
            if (id == null) {
                return;
            }
            int index = Integer.parseInt(id.substring(id.indexOf('-') + 1));
            ChartData.Month month = trendDrillDown.get(index);
            openLeads(id.startsWith("signed") ? month.signedFilter() : month.newFilter());
        });
    }

    private void configureSupervision() {
        Locale locale = getLocale();
        supervision.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        supervision.setAllRowsVisible(true);
        supervision
                .addColumn(row -> row.counts().unitName(locale))
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.unitId")))
                .setAutoWidth(true);
        supervision
                .addColumn(row -> row.counts().ownerName())
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.ownerId")))
                .setAutoWidth(true);
        supervision
                .addColumn(countLink(row -> row.counts().overdue(), Supervision::overdue, "error"))
                .setKey("overdue")
                .setHeader(GridHeaders.wrapping(getTranslation("cockpit.supervision.overdue")))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("4rem")
                .setFlexGrow(1);
        supervision
                .addColumn(countLink(row -> row.counts().stale(), Supervision::stale, "contrast"))
                .setKey("stale")
                .setHeader(GridHeaders.wrapping(getTranslation("cockpit.supervision.stale")))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("4rem")
                .setFlexGrow(1);
        supervision
                .addColumn(countLink(row -> row.counts().lateScreening(), Supervision::lateScreening, "contrast"))
                .setKey("lateScreening")
                .setHeader(GridHeaders.wrapping(getTranslation("cockpit.supervision.lateScreening")))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("4rem")
                .setFlexGrow(1);
        supervision.setEmptyStateText(getTranslation("cockpit.supervision.empty"));
    }

    /**
     * A count that opens the leads behind it (0 is plain text), drawn in the browser: no components per row.
     * {@code tone} is the button's theme besides {@code tertiary-inline}.
     */
    private LitRenderer<Supervision> countLink(
            ToLongFunction<Supervision> count, Function<Supervision, LeadFilter> leads, String tone) {
        return LitRenderer.<Supervision>of(COUNT_LINK)
                .withProperty("count", count::applyAsLong)
                .withProperty("tone", row -> tone)
                .withFunction("open", row -> openLeads(leads.apply(row)));
    }

    private void configureKeyProjects() {
        Locale locale = getLocale();
        keyProjects.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        keyProjects.setAllRowsVisible(true);
        // fixed widths that wrap rather than widths measured from the longest (English) text
        var leadNo = keyProjects
                .addColumn(LeadRow::leadNo)
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.leadNo")))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        keyProjects
                .addColumn(LeadRow::projectName)
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.projectName")))
                .setWidth("7rem")
                .setFlexGrow(3);
        var sector = keyProjects
                .addColumn(row -> row.sectorName(locale))
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.sectorId")))
                .setWidth("7rem")
                .setFlexGrow(1);
        keyProjects
                .addColumn(row -> getTranslation(row.stage().translationKey()))
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.stage")))
                .setWidth("5.5rem")
                .setFlexGrow(1);
        keyProjects
                .addColumn(row -> Money.format(row.totalInvestment(), locale))
                .setHeader(GridHeaders.wrapping(getTranslation("cockpit.keyProjects.investment")))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("6.5rem")
                .setFlexGrow(0);
        var owner = keyProjects
                .addColumn(LeadRow::ownerName)
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.ownerId")))
                .setWidth("4.5rem")
                .setFlexGrow(0);
        var lastFollowUp = keyProjects
                .addColumn(row -> Formats.date(row.lastFollowUpOn()))
                .setHeader(GridHeaders.wrapping(getTranslation("lead.field.lastFollowUpOn")))
                .setWidth("7rem")
                .setFlexGrow(0);
        // on a phone: project, stage and amount; a tap opens the rest (issue 13, point 6)
        NarrowScreen.hideWhenNarrow(this, leadNo, sector, owner, lastFollowUp);
        keyProjects.addItemClickListener(
                e -> UI.getCurrent().navigate("leads/" + e.getItem().id()));
    }

    private Div section(String titleKey, Component content) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("cl-section-title");
        Div section = new Div(title, content);
        section.addClassName("cl-cockpit-section");
        section.setWidthFull();
        return section;
    }

    private void openLeads(LeadFilter leads) {
        UI.getCurrent().navigate(LeadListView.class, new QueryParameters(leads.toParameters()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cockpit");
    }
}

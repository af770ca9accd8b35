package com.chainleads.chain.ui;

import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.base.ui.chart.ChartClickEvent;
import com.chainleads.base.ui.chart.EChart;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainMapService;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.LinkRole;
import com.chainleads.chain.service.SectorMap;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.chain.service.StrengthRules;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The industry map (产业图谱): leaders see where the district's chains are strong (强链: firms weighed by tier),
 * weak, to be extended from a strong neighbour (延链) or missing (补链), and which leads fill the gaps. The sector is in the URL ({@code ?sector=ELECTRONIC_INFORMATION}); without it, the
 * overview of all five. Clicking a link opens its side panel.
 */
@Route("chain-map")
@PermitAll
@Menu(order = 10, title = "map.nav", icon = "vaadin:sitemap")
public class ChainMapView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String SECTOR_PARAMETER = "sector";
    /** Below this window width the map takes its phone layout. */
    static final int COMPACT_BELOW_PX = 700;

    final Tabs sectorTabs = new Tabs();
    final Tab overviewTab = new Tab();
    final Div summary = new Div();
    final Div legend = new Div();
    final EChart chart = new EChart();
    final LinkPanel panel = new LinkPanel();

    private final ChainMapService maps;
    private final Map<Tab, SectorOption> tabSectors = new LinkedHashMap<>();
    private @Nullable SectorOption sector;
    private boolean compact;
    private boolean selectingTab;
    private @Nullable Registration resizeRegistration;

    public ChainMapView(ChainMapService maps, ChainReferenceService reference) {
        this.maps = maps;
        addClassName("cl-view");
        addClassName("cl-map");
        setSizeFull();
        setSpacing(false);

        overviewTab.setLabel(getTranslation("map.overview.tab"));
        sectorTabs.add(overviewTab);
        for (SectorOption option : reference.sectors()) {
            Tab tab = new Tab(option.name(getLocale()));
            tab.getElement().setAttribute("data-sector", option.code());
            tabSectors.put(tab, option);
            sectorTabs.add(tab);
        }
        sectorTabs.addClassName("cl-map-tabs");
        sectorTabs.addSelectedChangeListener(e -> {
            if (!selectingTab) {
                SectorOption chosen = tabSectors.get(e.getSelectedTab());
                navigateTo(chosen == null ? null : chosen.code());
            }
        });

        summary.addClassName("cl-map-summary");
        legend.addClassName("cl-map-legend");
        buildLegend(maps.rules());
        chart.addClassName("cl-map-chart");
        chart.addChartClickListener(this::onChartClick);
        panel.addCloseListener(e -> removeClassName("cl-map-panel-open"));

        Div chartBox = new Div(chart);
        chartBox.addClassName("cl-map-chart-box");
        Div body = new Div(chartBox, panel);
        body.addClassName("cl-map-body");
        add(sectorTabs, summary, legend, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SECTOR_PARAMETER)
                .orElse(null);
        Optional<SectorOption> chosen =
                tabSectors.values().stream().filter(s -> s.code().equals(code)).findFirst();
        if (code != null && chosen.isEmpty()) {
            UnknownFilterValues unknown = new UnknownFilterValues();
            unknown.add(UnknownFilterValues.Kind.SECTOR, code);
            unknown.forwardIfAny(event, this, ChainMapView.class, Map.of());
            return;
        }
        sector = chosen.orElse(null);
        selectingTab = true;
        sectorTabs.setSelectedTab(tabSectors.entrySet().stream()
                .filter(e -> e.getValue().equals(sector))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(overviewTab));
        selectingTab = false;
        panel.hide();
        removeClassName("cl-map-panel-open");
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.getPage().retrieveExtendedClientDetails(details -> useCompactLayout(details.getWindowInnerWidth()));
        resizeRegistration = ui.getPage().addBrowserWindowResizeListener(e -> useCompactLayout(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizeRegistration != null) {
            resizeRegistration.remove();
            resizeRegistration = null;
        }
        super.onDetach(detachEvent);
    }

    void useCompactLayout(int windowWidth) {
        boolean wanted = windowWidth > 0 && windowWidth < COMPACT_BELOW_PX;
        if (wanted != compact) {
            compact = wanted;
            render();
        }
    }

    /** The sector shown, or empty for the overview. */
    public Optional<SectorOption> sector() {
        return Optional.ofNullable(sector);
    }

    private void navigateTo(@Nullable String sectorCode) {
        getUI().ifPresent(ui -> ui.navigate(
                ChainMapView.class,
                sectorCode == null ? QueryParameters.empty() : QueryParameters.of(SECTOR_PARAMETER, sectorCode)));
    }

    private void render() {
        Locale locale = getLocale();
        ChainMapChart builder = new ChainMapChart(this::getTranslation, locale, compact);
        ChainMapChart.Built built;
        if (sector == null) {
            List<SectorMap> overview = maps.overview();
            showOverviewSummary(overview, builder);
            built = builder.overview(overview);
        } else {
            SectorMap map = maps.sectorMap(sector.code()).orElseThrow();
            showSectorSummary(map, locale);
            built = builder.sector(map);
        }
        chart.setHeight(built.height() + "px");
        chart.setOption(built.option());
        chart.getElement().setAttribute("data-sector", sector == null ? "" : sector.code());
    }

    private void showSectorSummary(SectorMap map, Locale locale) {
        summary.removeAll();
        for (LinkRole role : LinkRole.values()) {
            summary.add(roleBadge(role, map.summary().count(role)));
        }
        summary.add(figure(getTranslation("map.summary.leads", map.activeLeads())));
        if (map.plannedInvestmentWan().signum() > 0) {
            summary.add(figure(
                    getTranslation("map.summary.investment", Money.compact(map.plannedInvestmentWan(), locale))));
        }
        long filling =
                map.gaps().stream().filter(node -> node.isGapBeingFilled()).count();
        if (!map.gaps().isEmpty()) {
            summary.add(figure(getTranslation(
                    "map.summary.gapsFilling", filling, map.gaps().size())));
        }
    }

    private void showOverviewSummary(List<SectorMap> overview, ChainMapChart builder) {
        summary.removeAll();
        for (SectorMap map : overview) {
            Span name = new Span(map.sector().name(getLocale()));
            name.addClassName("cl-card-title");
            Div bar = new Div();
            for (LinkRole role : LinkRole.values()) {
                bar.add(bar(role, map.summary().count(role)));
            }
            bar.addClassName("cl-strength-bar");
            Span counts = new Span(builder.summaryText(map));
            counts.addClassName("cl-card-detail");
            Span leads = new Span(getTranslation("map.summary.leads", map.activeLeads()));
            leads.addClassName("cl-card-detail");
            Div card = new Div(name, bar, counts, leads);
            card.addClassName("cl-card");
            card.addClassName("cl-sector-card");
            card.getElement().setAttribute("data-sector", map.sector().code());
            card.getElement().setAttribute("role", "link");
            card.getElement().setAttribute("tabindex", "0");
            card.addClickListener(e -> navigateTo(map.sector().code()));
            summary.add(card);
        }
    }

    private static Div bar(LinkRole role, int links) {
        Div part = new Div();
        part.addClassName("cl-strength-" + role.cssName());
        part.getElement().setAttribute("data-role", role.name());
        part.getElement().setAttribute("data-count", String.valueOf(links));
        part.getStyle().set("flex-grow", String.valueOf(links));
        return part;
    }

    private Span roleBadge(LinkRole role, int links) {
        Span badge = new Span(getTranslation("map.summary.strength", getTranslation(role.translationKey()), links));
        badge.addClassName("cl-map-strength");
        badge.addClassName("cl-map-strength-" + role.cssName());
        badge.getElement().setAttribute("data-role", role.name());
        return badge;
    }

    private static Span figure(String text) {
        Span figure = new Span(text);
        figure.addClassName("cl-map-figure");
        return figure;
    }

    /** The four roles with the thresholds they stand for, and what each tier weighs (all from reference data). */
    private void buildLegend(StrengthRules rules) {
        String strongMin = rules.strongMin().stripTrailingZeros().toPlainString();
        String weakMin = rules.weakMin().stripTrailingZeros().toPlainString();
        legend.add(
                legendItem("cl-strength-strong", getTranslation("map.legend.strong", strongMin)),
                legendItem("cl-strength-weak", getTranslation("map.legend.weak", weakMin, strongMin)),
                legendItem("cl-strength-extend", getTranslation("map.legend.extend")),
                legendItem("cl-strength-gap", getTranslation("map.legend.gap")),
                legendItem("cl-map-legend-badge", getTranslation("map.legend.leads")),
                legendItem("cl-map-legend-arrow", getTranslation("map.legend.edge")));
        List<String> weights = new java.util.ArrayList<>();
        for (int i = CultivationTier.values().length - 1; i >= 0; i--) {
            CultivationTier tier = CultivationTier.values()[i];
            weights.add(getTranslation(tier.translationKey()) + " "
                    + rules.weight(tier).stripTrailingZeros().toPlainString());
        }
        weights.add(getTranslation("map.tier.none") + " "
                + rules.unrankedWeight().stripTrailingZeros().toPlainString());
        Span weightLine = new Span(getTranslation("map.legend.weights", String.join(" · ", weights)));
        weightLine.addClassName("cl-map-legend-weights");
        legend.add(weightLine);
    }

    private static Span legendItem(String swatchClass, String text) {
        Span swatch = new Span();
        swatch.addClassName("cl-map-swatch");
        swatch.addClassName(swatchClass);
        Span item = new Span(swatch, new Span(text));
        item.addClassName("cl-map-legend-item");
        return item;
    }

    private void onChartClick(ChartClickEvent event) {
        String id = event.getDataId().orElse("");
        ChainMapChart.sectorCode(id).ifPresent(this::navigateTo);
        ChainMapChart.linkId(id).ifPresent(this::openLink);
    }

    void openLink(long linkId) {
        maps.linkDetail(linkId).ifPresent(detail -> {
            panel.show(detail);
            addClassName("cl-map-panel-open");
        });
    }

    @Override
    public String getPageTitle() {
        return sector == null ? getTranslation("map.nav") : getTranslation("map.titleSector", sector.name(getLocale()));
    }
}

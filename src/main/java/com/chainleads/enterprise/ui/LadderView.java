package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.base.ui.chart.EChart;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.cultivation.service.CandidateFilter;
import com.chainleads.enterprise.cultivation.ui.CandidatesView;
import com.chainleads.enterprise.domain.HoldingLine;
import com.chainleads.enterprise.service.Ladder;
import com.chainleads.enterprise.service.LadderService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cultivation ladder (梯度培育) at {@code /ladder?sector=…}: for the district or one sector, the funnel
 * 科技型中小企业 → 高新 → 专精特新 → 小巨人 → 单项冠军 with this year's movement, the 规上 firms' R&D coverage against
 * 100 %, who climbed and who lapsed this year, and the certificates running out in the next six months. A funnel
 * step opens the library on that tier.
 */
@Route("ladder")
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Menu(order = 26, title = "ladder.nav", icon = "vaadin:level-up")
public class LadderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SECTOR_PARAMETER = "sector";

    final Tabs sectorTabs = new Tabs();
    final EChart funnel = new EChart();
    final Span coverageText = new Span();
    final ProgressBar coverageBar = new ProgressBar(0, 100);
    final Span platformsText = new Span();
    final Grid<HoldingLine> movers = new Grid<>();
    final Grid<HoldingLine> expiring = new Grid<>();

    private final LadderService ladders;
    private final List<SectorOption> sectors;
    private final List<Tab> tabs = new ArrayList<>();
    private @Nullable SectorOption sector;
    private boolean selecting;
    private Set<HoldingLine> lapsedLines = Set.of();

    public LadderView(LadderService ladders, ChainReferenceService reference) {
        this.ladders = ladders;
        this.sectors = reference.sectors();
        addClassName("cl-view");
        setWidthFull();
        tabs.add(new Tab(getTranslation("ladder.district")));
        sectors.forEach(s -> tabs.add(new Tab(s.name(getLocale()))));
        tabs.forEach(sectorTabs::add);
        sectorTabs.addSelectedChangeListener(e -> {
            if (!selecting) {
                int index = tabs.indexOf(e.getSelectedTab());
                navigateTo(index <= 0 ? null : sectors.get(index - 1).code());
            }
        });
        funnel.setHeight("320px");
        funnel.addChartClickListener(e -> e.getDataId()
                .ifPresent(tier -> UI.getCurrent()
                        .navigate(
                                EnterpriseLibraryView.class,
                                new QueryParameters(new LibraryFilter(
                                                null,
                                                sector == null ? null : sector.code(),
                                                null,
                                                CultivationTier.valueOf(tier),
                                                false,
                                                null)
                                        .toParameters()))));
        coverageBar.setWidth("min(420px, 100%)");
        Div coverage = new Div(new H3(getTranslation("ladder.coverage.title")), coverageText, coverageBar);
        coverage.addClassName("cl-ladder-coverage");
        Div facts = new Div(coverage, new H3(getTranslation("ladder.platforms.title")), platformsText);
        HorizontalLayout top = new HorizontalLayout(funnel, facts);
        top.setWidthFull();
        top.setFlexGrow(2, funnel);
        top.setFlexGrow(1, facts);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        top.setWrap(true);
        funnel.setMinWidth("320px");

        Button candidates = new Button(
                getTranslation("cultivation.candidates.open"),
                VaadinIcon.LIST_OL.create(),
                e -> UI.getCurrent()
                        .navigate(
                                CandidatesView.class,
                                new QueryParameters(new CandidateFilter(sector == null ? null : sector.code(), null)
                                        .toParameters())));
        candidates.addClassName("cl-ladder-candidates");
        facts.add(new Div(candidates));

        configure(movers, true);
        configure(expiring, false);
        add(
                sectorTabs,
                top,
                new H3(getTranslation("ladder.movers.title")),
                movers,
                new H3(getTranslation("ladder.expiring.title", LadderService.EXPIRY_MONTHS)),
                expiring);
    }

    private void configure(Grid<HoldingLine> grid, boolean movement) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("320px");
        grid.addColumn(HoldingLine::enterpriseName)
                .setHeader(getTranslation("enterprise.field.name"))
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(line -> getTranslation(line.tier().translationKey()))
                .setHeader(getTranslation("enterprise.field.tier"))
                .setKey("tier")
                .setAutoWidth(true);
        if (movement) {
            grid.addColumn(line -> getTranslation(lapsedLines.contains(line) ? "ladder.lapsed" : "ladder.gained"))
                    .setHeader(getTranslation("ladder.movement"))
                    .setKey("movement")
                    .setAutoWidth(true);
        }
        grid.addColumn(line -> Formats.date(line.grantedOn()))
                .setHeader(getTranslation("enterprise.field.grantedOn"))
                .setAutoWidth(true);
        grid.addColumn(line -> Formats.date(line.validUntil()))
                .setHeader(getTranslation("enterprise.field.validUntil"))
                .setKey("validUntil")
                .setAutoWidth(true);
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate("enterprises/" + e.getItem().enterpriseId()));
    }

    private void navigateTo(@Nullable String code) {
        UI.getCurrent()
                .navigate(
                        LadderView.class,
                        new QueryParameters(code == null ? Map.of() : Map.of(SECTOR_PARAMETER, List.of(code))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        String code = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SECTOR_PARAMETER)
                .orElse(null);
        SectorOption chosen = code == null
                ? null
                : sectors.stream()
                        .filter(s -> s.code().equalsIgnoreCase(code))
                        .findFirst()
                        .orElse(null);
        UnknownFilterValues unknown = new UnknownFilterValues();
        if (code != null && chosen == null) {
            unknown.add(UnknownFilterValues.Kind.SECTOR, code);
        }
        unknown.addNotUnderstood(asked, Map.of(), Set.of(SECTOR_PARAMETER));
        if (unknown.forwardIfAny(event, this, LadderView.class, Map.of())) {
            return;
        }
        sector = chosen;
        selecting = true;
        try {
            sectorTabs.setSelectedTab(tabs.get(chosen == null ? 0 : sectors.indexOf(chosen) + 1));
        } finally {
            selecting = false;
        }
        show(ladders.ladder(chosen == null ? null : chosen.id()));
    }

    private void show(Ladder ladder) {
        Locale locale = getLocale();
        funnel.setOption(LadderCharts.funnel(ladder, this::getTranslation, locale));
        Ladder.Coverage coverage = ladder.coverage();
        coverageText.setText(getTranslation(
                "ladder.coverage.text",
                String.valueOf(coverage.year()),
                coverage.withRd(),
                coverage.aboveScale(),
                coverage.percent().toPlainString(),
                coverage.missing()));
        coverageBar.setValue(coverage.percent().doubleValue());
        platformsText.setText(getTranslation("ladder.platforms.text", ladder.platforms()));
        Long sectorId = ladder.sectorId();
        List<HoldingLine> moved = new ArrayList<>(ladders.climbed(sectorId));
        List<HoldingLine> lapsed = ladders.lapsed(sectorId);
        lapsedLines = Set.copyOf(lapsed);
        moved.addAll(lapsed);
        movers.setItems(moved);
        expiring.setItems(
                query -> ladders.expiring(sectorId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) ladders.expiring(sectorId, org.springframework.data.domain.PageRequest.of(0, 1))
                        .getTotalElements());
    }

    @Nullable
    Long shownSectorId() {
        return sector == null ? null : sector.id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ladder.nav");
    }
}

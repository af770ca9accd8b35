package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.GridColumns;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.chainleads.enterprise.service.LibraryRow;
import com.chainleads.enterprise.transfer.LibraryExport;
import com.chainleads.security.domain.Role;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The enterprise library (企业库) at {@code /enterprises}: the district's local enterprises page by page, filtered
 * by the boxes above, whose values live in the address (a bookmark, or a link from the ladder). A row opens the
 * enterprise's page; the list exports to .xlsx. Administrators and the 科技科 add enterprises.
 */
@Route("enterprises")
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Menu(order = 25, title = "enterprise.nav", icon = "vaadin:factory")
public class EnterpriseLibraryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String TIERS = """
            ${item.tiers.map(tier => html`<span theme="badge pill small" style="margin-right:4px">${tier}</span>`)}""";

    final Grid<LibraryRow> grid = new Grid<>(LibraryRow.class, false);
    final LibraryFilterBar filterBar;
    final Span summary = new Span();
    final Button addEnterprise = new Button();
    final Button importEnterprises = new Button();

    private final EnterpriseLibraryService library;
    private final LibraryExport export;
    private LibraryFilter filter = LibraryFilter.all();

    public EnterpriseLibraryView(
            EnterpriseLibraryService library,
            LibraryExport export,
            ChainReferenceService reference,
            AuthenticationContext authentication) {
        this.library = library;
        this.export = export;
        List<SectorOption> sectors = reference.sectors();
        List<ChainLinkOption> links = reference.allLinks();
        setSizeFull();
        addClassName("cl-view");
        filterBar = new LibraryFilterBar(sectors, links);
        filterBar.addFilterChangedListener(e -> navigateTo(e.filter()));

        addEnterprise.setText(getTranslation("enterprise.new"));
        addEnterprise.setIcon(VaadinIcon.PLUS.create());
        addEnterprise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addEnterprise.addClickListener(e -> UI.getCurrent().navigate("enterprises/new"));
        addEnterprise.setVisible(authentication.hasAnyRole(Role.ADMIN_NAME, Role.TECH_OFFICE_NAME));
        importEnterprises.setText(getTranslation("enterprise.import.button"));
        importEnterprises.setIcon(VaadinIcon.UPLOAD.create());
        importEnterprises.addClickListener(e -> UI.getCurrent().navigate(LibraryImportView.class));
        importEnterprises.setVisible(addEnterprise.isVisible());
        Locale locale = getLocale();
        Anchor download = Downloads.button(
                getTranslation("enterprise.export"),
                Downloads.xlsx(
                        () -> export.fileName(locale),
                        out -> export.write(filter, describe(filter, sectors, links), locale, out)));
        Button ladder = new Button(
                getTranslation("ladder.nav"),
                VaadinIcon.BAR_CHART_H.create(),
                e -> UI.getCurrent()
                        .navigate(
                                LadderView.class,
                                new QueryParameters(
                                        filter.sector() == null
                                                ? Map.of()
                                                : Map.of(LadderView.SECTOR_PARAMETER, List.of(filter.sector())))));
        HorizontalLayout actions = new HorizontalLayout(summary, ladder, download, importEnterprises, addEnterprise);
        actions.setWidthFull();
        actions.setFlexGrow(1, summary);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        configureGrid(locale);
        add(filterBar, actions, grid);
    }

    private void configureGrid(Locale locale) {
        // the name gets the room: the credit code is found by the search box and shown on the firm's page and in the
        // export; the six columns fit beside the menu at 1280 px in both languages
        boolean english = com.chainleads.base.i18n.AppLocales.isEnglish(locale);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var name = grid.addColumn(LibraryRow::name)
                .setHeader(getTranslation("enterprise.field.name"))
                .setKey("name")
                .setSortProperty("name")
                .setWidth(english ? "11em" : "14em")
                .setFlexGrow(3)
                .setResizable(true);
        var sector = grid.addColumn(row ->
                        com.chainleads.base.i18n.AppLocales.isEnglish(locale) ? row.sectorNameEn() : row.sectorNameZh())
                .setHeader(getTranslation("enterprise.field.sectorId"))
                .setKey("sector")
                .setWidth(english ? "12em" : "6.5em")
                .setFlexGrow(0);
        // the highest tier first: it is what a reader looks for
        var tiers = grid.addColumn(LitRenderer.<LibraryRow>of(TIERS)
                        .withProperty(
                                "tiers",
                                row -> row.tiers().stream()
                                        .sorted(java.util.Comparator.reverseOrder())
                                        .map(tier -> getTranslation(tier.translationKey()))
                                        .toList()))
                .setHeader(getTranslation("enterprise.field.tiers"))
                .setKey("tiers")
                .setWidth(english ? "11em" : "12em")
                .setFlexGrow(2);
        var scale = grid.addColumn(row -> row.aboveScale() ? getTranslation("enterprise.aboveScaleShort") : "")
                .setHeader(getTranslation("enterprise.aboveScaleShort"))
                .setKey("aboveScale")
                .setSortProperty("aboveScale")
                .setWidth(english ? "8.5em" : "6.5em")
                .setFlexGrow(0);
        var platforms = grid.addColumn(row -> row.platforms() == 0 ? "" : String.valueOf(row.platforms()))
                .setHeader(getTranslation("enterprise.column.platforms"))
                .setKey("platforms")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth(english ? "7.5em" : "6.5em")
                .setFlexGrow(0);
        var output = grid.addColumn(row -> Money.format(row.annualOutputWan(), locale))
                .setHeader(getTranslation("enterprise.field.annualOutputWan"))
                .setKey("output")
                .setSortProperty("annualOutputWan")
                .setTextAlign(ColumnTextAlign.END)
                .setWidth(english ? "10.5em" : "9.5em")
                .setFlexGrow(0);
        // the sector column follows the filter (below), not the screen width
        NarrowScreen.hideWhenNarrow(this, scale, platforms, output);
        // on a phone, name, sector and tiers share its width without scrolling sideways
        NarrowScreen.track(this, narrow -> {
            name.setWidth(narrow ? "8.5em" : english ? "11em" : "14em");
            tiers.setWidth(narrow ? "7em" : english ? "11em" : "12em");
        });
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate("enterprises/" + e.getItem().id()));
        grid.setItems(
                query -> library.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) library.count(filter));
    }

    private String describe(LibraryFilter shown, List<SectorOption> sectors, List<ChainLinkOption> links) {
        Locale locale = getLocale();
        List<String> parts = new java.util.ArrayList<>();
        sectors.stream()
                .filter(s -> s.code().equals(shown.sector()))
                .findFirst()
                .ifPresent(s -> parts.add(s.name(locale)));
        links.stream().filter(l -> l.code().equals(shown.link())).findFirst().ifPresent(l -> parts.add(l.name(locale)));
        if (shown.tier() != null) {
            parts.add(getTranslation(shown.tier().translationKey()));
        }
        if (shown.aboveScaleOnly()) {
            parts.add(getTranslation("enterprise.filter.aboveScale"));
        }
        if (shown.platformLevel() != null) {
            parts.add(getTranslation(
                    "enterprise.filter.platform",
                    getTranslation(shown.platformLevel().translationKey())));
        }
        if (shown.text() != null) {
            parts.add("“" + shown.text() + "”");
        }
        return parts.isEmpty()
                ? getTranslation("enterprise.export.all")
                : parts.stream().collect(Collectors.joining(" · "));
    }

    private void navigateTo(LibraryFilter next) {
        UI.getCurrent().navigate(EnterpriseLibraryView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        LibraryFilter read = LibraryFilter.fromParameters(asked);
        UnknownFilterValues unknown = new UnknownFilterValues();
        LibraryFilter known = filterBar.known(read, unknown);
        unknown.addNotUnderstood(asked, read.toParameters(), Set.of());
        if (unknown.forwardIfAny(event, this, EnterpriseLibraryView.class, known.toParameters())) {
            return;
        }
        filter = known;
        filterBar.setFilter(filter);
        // a column every row has the same value in says nothing: the box above shows it
        GridColumns.setShown(grid.getColumnByKey("sector"), filter.sector() == null);
        summary.setText(getTranslation("enterprise.list.summary", library.count(filter)));
        grid.getDataProvider().refreshAll();
    }

    LibraryFilter shownFilter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.nav");
    }
}

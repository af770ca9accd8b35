package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.enterprise.cultivation.service.CandidateFilter;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.transfer.CultivationExport;
import com.chainleads.enterprise.ui.EnterpriseView;
import com.chainleads.security.domain.Role;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The 培育清单 at {@code /ladder/candidates?sector=…&tier=…}: per sector (or the district) and next tier, the firms
 * closest to their next tier — fewest criteria missing, then the smallest gap — read page by page from the stored
 * standings. A row opens the firm on its 培育与积分 tab; the list exports to .xlsx.
 */
@Route("ladder/candidates")
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Menu(order = 27, title = "cultivation.candidates.nav", icon = "vaadin:list-ol")
public class CandidatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<SectorOption> sector = new Select<>();
    final Select<CultivationTier> tier = new Select<>();
    final Grid<StandingRow> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();

    private final CultivationService cultivation;
    private final CultivationExport export;
    private final List<SectorOption> sectors;
    private CandidateFilter filter = CandidateFilter.all();
    private boolean reading;

    public CandidatesView(CultivationService cultivation, CultivationExport export, ChainReferenceService reference) {
        this.cultivation = cultivation;
        this.export = export;
        this.sectors = reference.sectors();
        addClassName("cl-view");
        setWidthFull();
        Locale locale = getLocale();
        sector.setLabel(getTranslation("enterprise.field.sectorId"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("ladder.district") : s.name(locale));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("ladder.district"));
        tier.setLabel(getTranslation("cultivation.field.nextTier"));
        tier.setItems(Arrays.asList(CultivationTier.values()));
        tier.setItemLabelGenerator(
                t -> t == null ? getTranslation("cultivation.tier.any") : getTranslation(t.translationKey()));
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("cultivation.tier.any"));
        sector.addValueChangeListener(e -> navigate());
        tier.addValueChangeListener(e -> navigate());
        Button ladder = new Button(
                getTranslation("cultivation.backToLadder"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("ladder"));
        ladder.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(sector, tier, actions);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        add(
                ladder,
                new H2(getTranslation("cultivation.candidates.nav")),
                new Paragraph(getTranslation("cultivation.candidates.hint")),
                filters,
                summary,
                grid);
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("560px");
        grid.addColumn(StandingRow::name)
                .setHeader(getTranslation("enterprise.field.name"))
                .setKey("name")
                .setFlexGrow(3)
                .setFrozen(true);
        Grid.Column<StandingRow> sectorColumn = grid.addColumn(
                        r -> "en".equals(locale.getLanguage()) ? r.sectorNameEn() : r.sectorNameZh())
                .setHeader(getTranslation("enterprise.field.sectorId"))
                .setAutoWidth(true);
        grid.addColumn(r ->
                        r.nextTier() == null ? "" : getTranslation(r.nextTier().translationKey()))
                .setHeader(getTranslation("cultivation.field.nextTier"))
                .setKey("nextTier")
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("cultivation.metOf", r.criteriaMet(), r.criteriaMet() + r.criteriaMissing()))
                .setHeader(getTranslation("cultivation.field.met"))
                .setKey("met")
                .setAutoWidth(true);
        Grid.Column<StandingRow> gapColumn = grid.addColumn(r -> CriterionText.plain(r.gap()))
                .setHeader(getTranslation("cultivation.field.gap"))
                .setAutoWidth(true);
        Grid.Column<StandingRow> pointsColumn = grid.addColumn(r -> CriterionText.plain(r.points()))
                .setHeader(getTranslation("cultivation.field.points"))
                .setKey("points")
                .setAutoWidth(true);
        NarrowScreen.hideWhenNarrow(this, sectorColumn, gapColumn, pointsColumn);
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        "enterprises/" + e.getItem().enterpriseId(),
                        QueryParameters.of("tab", EnterpriseView.CULTIVATION_TAB)));
    }

    private void navigate() {
        if (reading) {
            return;
        }
        CandidateFilter chosen = new CandidateFilter(
                sector.getValue() == null ? null : sector.getValue().code(), tier.getValue());
        UI.getCurrent().navigate(CandidatesView.class, new QueryParameters(chosen.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        CandidateFilter read = CandidateFilter.fromParameters(asked);
        SectorOption chosen = read.sector() == null
                ? null
                : sectors.stream()
                        .filter(s -> s.code().equals(read.sector()))
                        .findFirst()
                        .orElse(null);
        UnknownFilterValues unknown = new UnknownFilterValues();
        String askedSector = first(asked, CandidateFilter.SECTOR);
        if (askedSector != null && chosen == null) {
            unknown.add(UnknownFilterValues.Kind.SECTOR, askedSector);
        }
        String askedTier = first(asked, CandidateFilter.TIER);
        if (askedTier != null && read.tier() == null) {
            unknown.add(UnknownFilterValues.Kind.OTHER, CandidateFilter.TIER + "=" + askedTier);
        }
        unknown.addNotUnderstood(asked, Map.of(), Set.of(CandidateFilter.SECTOR, CandidateFilter.TIER));
        CandidateFilter kept = new CandidateFilter(chosen == null ? null : chosen.code(), read.tier());
        if (unknown.forwardIfAny(event, this, CandidatesView.class, kept.toParameters())) {
            return;
        }
        filter = kept;
        reading = true;
        try {
            sector.setValue(chosen);
            tier.setValue(read.tier());
        } finally {
            reading = false;
        }
        show(chosen);
    }

    private void show(@Nullable SectorOption chosen) {
        Long sectorId = chosen == null ? null : chosen.id();
        CultivationTier next = filter.tier();
        long count = cultivation.countCandidates(sectorId, next);
        String what = describe(chosen, next);
        summary.setText(getTranslation("cultivation.candidates.count", what, count));
        grid.setItems(
                query ->
                        cultivation
                                .candidates(sectorId, next, VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, cultivation.countCandidates(sectorId, next)));
        Locale locale = getLocale();
        Anchor download = Downloads.button(
                getTranslation("enterprise.export"),
                Downloads.xlsx(
                        () -> export.candidatesFileName(locale),
                        out -> export.writeCandidates(sectorId, next, what, locale, out)));
        actions.removeAll();
        actions.add(download);
    }

    private String describe(@Nullable SectorOption chosen, @Nullable CultivationTier next) {
        List<String> parts = new ArrayList<>();
        parts.add(chosen == null ? getTranslation("ladder.district") : chosen.name(getLocale()));
        parts.add(next == null ? getTranslation("cultivation.tier.any") : getTranslation(next.translationKey()));
        return String.join(" · ", parts);
    }

    private static @Nullable String first(Map<String, List<String>> asked, String name) {
        List<String> values = asked.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cultivation.candidates.nav");
    }
}

package com.chainleads.project.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.project.service.ProjectExport;
import com.chainleads.project.service.ProjectFilter;
import com.chainleads.project.service.ProjectQueries;
import com.chainleads.project.service.ProjectRow;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.security.service.UnitOption;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 项目建设 at {@code /projects}: every signed project the caller may see (officers their unit's), largest investment
 * first, with its next milestone, status light as of today, open issues and completed share; filtered by text,
 * sector, unit, status, ≥ 1亿 and open issues — the filter lives in the address ({@link ProjectFilter}); values the
 * boxes do not offer are dropped with a notice. A row opens the lead page; the list exports to .xlsx. Paged by
 * {@link ProjectQueries}.
 */
@Route("projects")
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@Menu(order = 21, title = "project.nav", icon = "vaadin:building")
public class ProjectListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String STATUS_CELL =
            "<span theme=\"badge pill ${item.theme}\" class=\"cl-projects-light\" style=\"white-space: nowrap\" data-status=\"${item.status}\">"
                    + "${item.label}</span>";

    final Grid<ProjectRow> grid = new Grid<>(ProjectRow.class, false);
    final TextField text = new TextField();
    final MultiSelectComboBox<SectorOption> sector = new MultiSelectComboBox<>();
    final ComboBox<UnitOption> unit = new ComboBox<>();
    final MultiSelectComboBox<ProjectStatus> status = new MultiSelectComboBox<>();
    final Checkbox oneYi = new Checkbox();
    final Checkbox withIssues = new Checkbox();
    final Span summary = new Span();
    /** The milestone or investment year the list is narrowed to (from a cockpit figure); a click clears it. */
    final com.vaadin.flow.component.button.Button yearFilter = new com.vaadin.flow.component.button.Button();

    private final ProjectQueries queries;
    private final List<SectorOption> sectors;
    private final List<UnitOption> units;
    private ProjectFilter filter = ProjectFilter.NONE;
    private boolean updating;
    /** The count of the shown filter, read once per address (the status filter's count is a bounded walk). */
    private long shownCount;
    /** The pick of the last count, for the page fetched right after it; later pages read it anew (not kept). */
    private ProjectQueries.@Nullable Narrowed justCounted;

    public ProjectListView(
            ProjectQueries queries, ProjectExport export, ChainReferenceService chains, DirectoryService directory) {
        this.queries = queries;
        this.sectors = chains.sectors();
        this.units = directory.units();
        setSizeFull();
        addClassName("cl-view");
        addClassName("cl-projects");
        Locale locale = getLocale();

        text.setLabel(getTranslation("project.filter.text"));
        text.setPlaceholder(getTranslation("project.filter.textHint"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        sector.setLabel(getTranslation("project.field.sector"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name(locale));
        sector.setPlaceholder(getTranslation("project.filter.all"));
        sector.setClearButtonVisible(true);
        unit.setLabel(getTranslation("project.field.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(locale));
        unit.setPlaceholder(getTranslation("project.filter.all"));
        unit.setClearButtonVisible(true);
        status.setLabel(getTranslation("project.field.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("project.status." + s.name()));
        status.setPlaceholder(getTranslation("project.filter.all"));
        status.setClearButtonVisible(true);
        oneYi.setLabel(getTranslation("project.filter.oneYi"));
        withIssues.setLabel(getTranslation("project.filter.withIssues"));
        text.addValueChangeListener(e -> changed(filter.withText(e.getValue())));
        sector.addValueChangeListener(e -> changed(
                filter.withSectors(e.getValue().stream().map(SectorOption::code).collect(Collectors.toSet()))));
        unit.addValueChangeListener(e -> changed(
                filter.withUnit(e.getValue() == null ? null : e.getValue().code())));
        status.addValueChangeListener(e -> changed(filter.withStatuses(e.getValue())));
        oneYi.addValueChangeListener(e -> changed(filter.withAtLeastOneYi(e.getValue())));
        withIssues.addValueChangeListener(e -> changed(filter.withOpenIssues(e.getValue())));
        FlexLayout filters = new FlexLayout(text, sector, unit, status, oneYi, withIssues);
        filters.addClassName("cl-project-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");

        Anchor download = Downloads.button(
                getTranslation("project.export"),
                Downloads.xlsx(() -> export.fileName(locale), out -> export.write(filter, describe(), locale, out)));
        yearFilter.addThemeNames("small", "tertiary");
        yearFilter.setIcon(com.vaadin.flow.component.icon.VaadinIcon.CLOSE_SMALL.create());
        yearFilter.setIconAfterText(true);
        yearFilter.addClickListener(e -> changed(filter.withStarted(null)
                .withProducing(null)
                .withFullCapacity(null)
                .withInvested(null)));
        HorizontalLayout actions = new HorizontalLayout(summary, yearFilter, download);
        actions.setWidthFull();
        actions.setFlexGrow(1, summary);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        configureGrid(locale);
        add(filters, actions, grid);
    }

    private void configureGrid(Locale locale) {
        boolean english = com.chainleads.base.i18n.AppLocales.isEnglish(locale);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        var project = grid.addColumn(row -> row.projectName())
                .setHeader(getTranslation("project.field.project"))
                .setKey("project")
                .setWidth("10em")
                .setFlexGrow(3);
        var investor = grid.addColumn(ProjectRow::investorName)
                .setHeader(getTranslation("project.field.investor"))
                .setKey("investor")
                .setWidth("9em")
                .setFlexGrow(2);
        var sectorColumn = grid.addColumn(row -> row.sectorName(locale) + " · " + row.unitName(locale))
                .setHeader(getTranslation("project.column.sectorUnit"))
                .setKey("sector")
                .setWidth(english ? "10em" : "8em")
                .setFlexGrow(1);
        var amount = grid.addColumn(row -> wan(row.totalInvestment()))
                .setHeader(getTranslation("project.field.totalInvestment"))
                .setKey("amount")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setWidth("7em")
                .setFlexGrow(0);
        var next = grid.addColumn(row -> row.nextMilestone(locale) == null
                        ? ""
                        : row.nextMilestone(locale) + " " + Formats.date(row.nextPlannedOn()))
                .setHeader(getTranslation("project.field.nextMilestone"))
                .setKey("next")
                .setWidth(english ? "10em" : "9em")
                .setFlexGrow(1);
        var statusColumn = grid.addColumn(LitRenderer.<ProjectRow>of(STATUS_CELL)
                        .withProperty("theme", row -> theme(row.status()))
                        .withProperty("status", row -> row.status().name())
                        .withProperty(
                                "label",
                                row -> getTranslation(
                                        "project.status." + row.status().name())))
                .setHeader(getTranslation("project.field.status"))
                .setKey("status")
                .setWidth(english ? "11em" : "8.5em")
                .setFlexGrow(0);
        var issues = grid.addColumn(row -> row.openIssues() == 0 ? "" : String.valueOf(row.openIssues()))
                .setHeader(getTranslation("project.field.openIssues"))
                .setKey("issues")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setWidth(english ? "6.5em" : "5.5em")
                .setFlexGrow(0);
        var share = grid.addColumn(row -> row.completedShare() == null ? "" : row.completedShare() + "%")
                .setHeader(getTranslation("project.field.completedShare"))
                .setKey("share")
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setWidth(english ? "8em" : "6em")
                .setFlexGrow(0);
        NarrowScreen.hideWhenNarrow(this, investor, sectorColumn, amount, next, issues, share);
        grid.setEmptyStateText(getTranslation("project.list.empty"));
        grid.addItemClickListener(e -> com.chainleads.lead.ui.LeadView.open(
                e.getItem().leadId(), com.chainleads.lead.service.LeadPageTab.CONSTRUCTION));
        grid.setItems(
                query ->
                        queries
                                .page(narrowedForFirstPage(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream(),
                query -> (int) Math.min(shownCount, Integer.MAX_VALUE));
    }

    private static String wan(@org.jspecify.annotations.Nullable BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    static String theme(ProjectStatus status) {
        return switch (status) {
            case ON_SCHEDULE -> "success";
            case DELAYED -> "warning";
            case SEVERELY_DELAYED -> "error";
            case COMPLETED -> "primary";
            case NO_PLAN -> "contrast";
        };
    }

    private void changed(ProjectFilter next) {
        if (updating || next.equals(filter)) {
            return;
        }
        UI.getCurrent().navigate(ProjectListView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        ProjectFilter read = ProjectFilter.fromParameters(asked);
        UnknownFilterValues unknown = new UnknownFilterValues();
        ProjectFilter.notUnderstood(asked).forEach(value -> unknown.add(UnknownFilterValues.Kind.OTHER, value));
        Set<SectorOption> chosenSectors = new LinkedHashSet<>();
        for (String code : read.sectors()) {
            sectors.stream()
                    .filter(s -> s.code().equals(code))
                    .findFirst()
                    .ifPresentOrElse(chosenSectors::add, () -> unknown.add(UnknownFilterValues.Kind.SECTOR, code));
        }
        UnitOption chosenUnit = read.unit() == null
                ? null
                : units.stream()
                        .filter(u -> u.code().equals(read.unit()))
                        .findFirst()
                        .orElse(null);
        if (read.unit() != null && chosenUnit == null) {
            unknown.add(UnknownFilterValues.Kind.UNIT, read.unit());
        }
        ProjectFilter cleaned = read.withSectors(
                        chosenSectors.stream().map(SectorOption::code).collect(Collectors.toSet()))
                .withUnit(chosenUnit == null ? null : chosenUnit.code());
        if (unknown.forwardIfAny(event, this, ProjectListView.class, cleaned.toParameters())) {
            return;
        }
        filter = cleaned;
        updating = true;
        try {
            text.setValue(Objects.requireNonNullElse(filter.text(), ""));
            sector.setValue(chosenSectors);
            unit.setValue(chosenUnit);
            status.setValue(filter.statuses().isEmpty() ? Set.of() : EnumSet.copyOf(filter.statuses()));
            oneYi.setValue(filter.atLeastOneYi());
            withIssues.setValue(filter.withOpenIssues());
            yearFilter.setVisible(filter.reachesInYear());
            yearFilter.setText(String.join(" · ", yearParts()));
        } finally {
            updating = false;
        }
        ProjectQueries.Narrowed narrowed = queries.narrow(filter);
        shownCount = queries.count(narrowed);
        // the grid fetches its first page in this same round trip: it reuses the pick the count read
        justCounted = shownCount == 0 ? null : narrowed;
        summary.setText(getTranslation("project.list.summary", shownCount));
        grid.getDataProvider().refreshAll();
    }

    private ProjectQueries.Narrowed narrowedForFirstPage() {
        ProjectQueries.Narrowed narrowed = justCounted;
        justCounted = null;
        return narrowed != null && narrowed.filter().equals(filter) ? narrowed : queries.narrow(filter);
    }

    /** The year filters in words, e.g. "2026年开工". */
    private List<String> yearParts() {
        List<String> parts = new ArrayList<>();
        if (filter.started() != null) {
            parts.add(getTranslation("project.filter.started", String.valueOf(filter.started())));
        }
        if (filter.producing() != null) {
            parts.add(getTranslation("project.filter.producing", String.valueOf(filter.producing())));
        }
        if (filter.fullCapacity() != null) {
            parts.add(getTranslation("project.filter.fullCapacity", String.valueOf(filter.fullCapacity())));
        }
        if (filter.invested() != null) {
            parts.add(getTranslation("project.filter.invested", String.valueOf(filter.invested())));
        }
        return parts;
    }

    ProjectFilter shownFilter() {
        return filter;
    }

    /** The filter in words, for the export's title row. */
    String describe() {
        Locale locale = getLocale();
        List<String> parts = new ArrayList<>();
        if (filter.text() != null) {
            parts.add("“" + filter.text() + "”");
        }
        sectors.stream().filter(s -> filter.sectors().contains(s.code())).forEach(s -> parts.add(s.name(locale)));
        units.stream().filter(u -> u.code().equals(filter.unit())).forEach(u -> parts.add(u.name(locale)));
        EnumSet.allOf(ProjectStatus.class).stream()
                .filter(filter.statuses()::contains)
                .forEach(s -> parts.add(getTranslation("project.status." + s.name())));
        if (filter.atLeastOneYi()) {
            parts.add(getTranslation("project.filter.oneYi"));
        }
        if (filter.withOpenIssues()) {
            parts.add(getTranslation("project.filter.withIssues"));
        }
        parts.addAll(yearParts());
        return parts.isEmpty() ? getTranslation("project.filter.none") : String.join(" · ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.nav");
    }
}

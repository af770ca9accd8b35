package com.chainleads.coordination.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import com.chainleads.coordination.service.DepartmentRow;
import com.chainleads.coordination.service.DepartmentService;
import com.chainleads.coordination.service.IssueExport;
import com.chainleads.coordination.service.IssueFilter;
import com.chainleads.coordination.service.IssueQueries;
import com.chainleads.coordination.service.IssueRow;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.lead.ui.LeadView;
import com.chainleads.security.domain.Role;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
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
import java.util.Objects;

/**
 * The leaders' supervision list of coordination issues (问题督办) at {@code /issues}: every open issue across projects,
 * overdue first (by deadline), filtered by status, type, department, sector and overdue only — the filter lives in
 * the address. Officers see their unit's issues. A row opens the project; the list exports to .xlsx. Read page by
 * page from the database ({@link IssueQueries}).
 */
@Route("issues")
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@Menu(order = 22, title = "coordination.nav", icon = "vaadin:tasks")
public class IssueSupervisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<IssueRow> grid = new Grid<>(IssueRow.class, false);
    final Select<IssueStatus> status = new Select<>();
    final Select<IssueType> type = new Select<>();
    final ComboBox<DepartmentRow> department = new ComboBox<>();
    final ComboBox<SectorOption> sector = new ComboBox<>();
    final Checkbox overdueOnly = new Checkbox();
    final Span summary = new Span();

    private final IssueQueries queries;
    private final List<DepartmentRow> departments;
    private final List<SectorOption> sectors;
    private IssueFilter filter = IssueFilter.open();
    private boolean updating;

    public IssueSupervisionView(
            IssueQueries queries,
            IssueExport export,
            DepartmentService departmentService,
            ChainReferenceService chains) {
        this.queries = queries;
        this.departments = departmentService.all();
        this.sectors = chains.sectors();
        setSizeFull();
        addClassName("cl-view");
        addClassName("cl-issue-supervision");
        Locale locale = getLocale();

        status.setLabel(getTranslation("coordination.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("coordination.filter.allOpen"));
        status.setItems(IssueStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("coordination.filter.allOpen") : getTranslation(s.translationKey()));
        type.setLabel(getTranslation("coordination.field.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("coordination.filter.all"));
        type.setItems(IssueType.values());
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("coordination.filter.all") : getTranslation(t.translationKey()));
        department.setLabel(getTranslation("coordination.field.departmentId"));
        department.setClearButtonVisible(true);
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(locale));
        department.setPlaceholder(getTranslation("coordination.filter.all"));
        sector.setLabel(getTranslation("coordination.field.sector"));
        sector.setClearButtonVisible(true);
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name(locale));
        sector.setPlaceholder(getTranslation("coordination.filter.all"));
        overdueOnly.setLabel(getTranslation("coordination.filter.overdueOnly"));
        status.addValueChangeListener(e -> changed(filter.withStatus(e.getValue())));
        type.addValueChangeListener(e -> changed(filter.withType(e.getValue())));
        department.addValueChangeListener(e -> changed(
                filter.withDepartment(e.getValue() == null ? null : e.getValue().code())));
        sector.addValueChangeListener(e -> changed(
                filter.withSector(e.getValue() == null ? null : e.getValue().code())));
        overdueOnly.addValueChangeListener(e -> changed(filter.withOverdueOnly(e.getValue())));
        FlexLayout filters = new FlexLayout(status, type, department, sector, overdueOnly);
        filters.addClassName("cl-issue-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");

        Anchor download = Downloads.button(
                getTranslation("coordination.export"),
                Downloads.xlsx(() -> export.fileName(locale), out -> export.write(filter, describe(), locale, out)));
        HorizontalLayout actions = new HorizontalLayout(summary, download);
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
        // every column fits beside the menu at 1400 px in both languages; on a phone deadline, project and status
        var deadline = grid.addColumn(LitRenderer.<IssueRow>of(IssueLabels.OVERDUE_CELL)
                        .withProperty("overdue", IssueRow::overdue)
                        .withProperty("flag", row -> getTranslation("coordination.overdue.days", row.daysOverdue()))
                        .withProperty("deadline", row -> Formats.date(row.deadline())))
                .setHeader(getTranslation("coordination.field.deadline"))
                .setKey("deadline")
                .setWidth(english ? "9.5em" : "9em")
                .setFlexGrow(0);
        var project = grid.addColumn(row -> row.leadNo() + " " + row.projectName())
                .setHeader(getTranslation("coordination.field.project"))
                .setKey("project")
                .setWidth("10em")
                .setFlexGrow(3);
        var issue = grid.addColumn(
                        row -> getTranslation(row.type().translationKey()) + " · " + row.departmentName(locale))
                .setHeader(getTranslation("coordination.column.issue"))
                .setKey("issue")
                .setWidth(english ? "10em" : "9em")
                .setFlexGrow(2);
        var statusColumn = grid.addColumn(LitRenderer.<IssueRow>of(IssueLabels.STATUS_CELL)
                        .withProperty("statusTheme", row -> IssueLabels.statusTheme(row.status()))
                        .withProperty("status", row -> row.status().name())
                        .withProperty(
                                "statusLabel",
                                row -> getTranslation(row.status().translationKey())))
                .setHeader(getTranslation("coordination.field.status"))
                .setKey("status")
                .setWidth(english ? "7.5em" : "5.5em")
                .setFlexGrow(0);
        var description = grid.addColumn(IssueRow::description)
                .setHeader(getTranslation("coordination.field.description"))
                .setKey("description")
                .setWidth(english ? "10em" : "12em")
                .setFlexGrow(3);
        var owner = grid.addColumn(row -> row.unitName(locale) + " · " + row.ownerName())
                .setHeader(getTranslation("coordination.field.owner"))
                .setKey("owner")
                .setWidth(english ? "10em" : "8.5em")
                .setFlexGrow(1);
        var sectorColumn = grid.addColumn(row -> row.sectorName(locale))
                .setHeader(getTranslation("coordination.field.sector"))
                .setKey("sector")
                .setWidth(english ? "8em" : "6em")
                .setFlexGrow(0);
        NarrowScreen.hideWhenNarrow(this, issue, description, owner, sectorColumn);
        NarrowScreen.track(this, narrow -> {
            deadline.setWidth(narrow ? "7.5em" : english ? "9.5em" : "9em");
            project.setWidth(narrow ? "6em" : "10em");
            statusColumn.setWidth(narrow ? (english ? "6.5em" : "5.5em") : english ? "7.5em" : "5.5em");
        });
        grid.setEmptyStateText(getTranslation("coordination.list.empty"));
        grid.addItemClickListener(e -> LeadView.open(e.getItem().leadId(), LeadPageTab.ISSUES));
        grid.setItems(
                query -> queries.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) queries.count(filter));
    }

    private IssueFilter shownInBoxes() {
        return new IssueFilter(
                status.getValue(),
                type.getValue(),
                department.getValue() == null ? null : department.getValue().code(),
                // several sectors (from the cockpit) show as none in the box and stay until a sector is chosen
                sector.getValue() != null
                        ? java.util.Set.of(sector.getValue().code())
                        : filter.sectors().size() > 1 ? filter.sectors() : java.util.Set.of(),
                filter.unit(),
                overdueOnly.getValue());
    }

    private void changed(IssueFilter next) {
        if (updating || next.equals(filter)) {
            return;
        }
        UI.getCurrent().navigate(IssueSupervisionView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        IssueFilter read = IssueFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        // codes the lists do not offer are left out, as if not given
        DepartmentRow chosenDepartment = departments.stream()
                .filter(d -> d.code().equals(read.department()))
                .findFirst()
                .orElse(null);
        SectorOption chosenSector = sectors.stream()
                .filter(s -> s.code().equals(read.sector()))
                .findFirst()
                .orElse(null);
        java.util.Set<String> knownSectors = sectors.stream()
                .map(SectorOption::code)
                .filter(read.sectors()::contains)
                .collect(java.util.stream.Collectors.toSet());
        filter = read.withDepartment(chosenDepartment == null ? null : chosenDepartment.code())
                .withSectors(knownSectors);
        updating = true;
        try {
            status.setValue(filter.status());
            type.setValue(filter.type());
            department.setValue(chosenDepartment);
            sector.setValue(chosenSector);
            overdueOnly.setValue(filter.overdueOnly());
        } finally {
            updating = false;
        }
        summary.setText(getTranslation("coordination.list.summary", queries.count(filter)));
        grid.getDataProvider().refreshAll();
    }

    IssueFilter shownFilter() {
        return filter;
    }

    /** The filter in words, for the export's title row. */
    private String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(
                filter.status() == null
                        ? getTranslation("coordination.filter.allOpen")
                        : getTranslation(filter.status().translationKey()));
        if (filter.type() != null) {
            parts.add(getTranslation(filter.type().translationKey()));
        }
        departments.stream()
                .filter(d -> Objects.equals(d.code(), filter.department()))
                .findFirst()
                .ifPresent(d -> parts.add(d.name(getLocale())));
        sectors.stream()
                .filter(s -> Objects.equals(s.code(), filter.sector()))
                .findFirst()
                .ifPresent(s -> parts.add(s.name(getLocale())));
        if (filter.overdueOnly()) {
            parts.add(getTranslation("coordination.filter.overdueOnly"));
        }
        return String.join(" · ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordination.nav");
    }
}

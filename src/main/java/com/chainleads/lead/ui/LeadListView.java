package com.chainleads.lead.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.GridColumns;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadSortKey;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTotals;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.spreadsheet.LeadExport;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.DirectoryService;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lead list: a lazy grid over light rows, a page at a time, filtered by a {@link LeadFilter} that lives in
 * the URL — bookmarkable and shareable, and the back button works. Above the grid: how many leads match and
 * their total investment.
 * <p>
 * Cells that are more than text are Lit templates drawn in the browser ({@link #PROJECT_NAME},
 * {@link #NEXT_FOLLOW_UP}, the stage badge), never components: a component per cell would cost every open
 * list a few server-side nodes per row. Lit bindings are text, never HTML.
 */
@Route("leads")
// the investment-promotion staff; the 科技科 (TECH_OFFICE) keeps the enterprise library, not the register
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@Menu(order = 10, title = "nav.leads", icon = "vaadin:briefcase")
public class LeadListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The project name, with the 风口 badge for a hot industry ({@code item.hot} is the badge's text): a long name
     * gives way (ellipsis), the badge never does.
     */
    static final String PROJECT_NAME = """
            <span class="cl-project-cell"><span class="cl-project-name">${item.name}</span>${item.hot
              ? html`<span class="cl-hot" theme="badge small pill">${item.hot}</span>` : ''}</span>""";
    /** The next follow-up date, marked when overdue ({@code item.overdue} is the mark's tooltip). */
    static final String NEXT_FOLLOW_UP = """
            ${item.overdue
              ? html`<span class="cl-overdue" title="${item.overdue}">${item.date}</span>`
              : html`<span>${item.date}</span>`}""";

    /**
     * A lead as a card, for narrow screens (issue 13, point 6): project, investor, stage, amount and next
     * follow-up, wrapped to the width of a phone instead of eleven columns scrolled sideways.
     */
    static final String CARD = """
            <div class="cl-lead-card">
              <div class="cl-lead-card-title"><span class="cl-lead-card-project">${item.name}</span>${item.hot
                ? html`<span class="cl-hot" theme="badge small pill">${item.hot}</span>` : ''}</div>
              <div class="cl-lead-card-investor">${item.investor}</div>
              <div class="cl-lead-card-facts">
                <span theme="${item.theme}" data-stage="${item.stage}">${item.stageLabel}</span>
                <span class="cl-lead-card-amount">${item.amount}</span>
                ${item.next ? html`<span class="${item.overdue ? 'cl-lead-card-next cl-overdue' : 'cl-lead-card-next'}"
                  title="${item.overdue}">${item.next}</span>` : ''}
              </div>
              <div class="cl-lead-card-meta">${item.leadNo} · ${item.owner}</div>
            </div>""";

    final Grid<LeadRow> grid = new Grid<>();
    /** The card column, shown instead of all others on a narrow screen. */
    Grid.Column<LeadRow> cardColumn;

    final Span summary = new Span();
    final LeadFilterBar filterBar;
    final Button newLead = new Button();
    final Div presets = new Div();
    final Span indexNotice = new Span();

    private final transient LeadQueries leads;
    private final transient Clock clock;
    private final AppUserPrincipal user;
    private LeadFilter filter = LeadFilter.NONE;
    private boolean narrow;
    private LeadTotals totals = new LeadTotals(0, BigDecimal.ZERO);

    public LeadListView(
            LeadQueries leads,
            LeadService commands,
            ChainReferenceService chains,
            DirectoryService directory,
            CurrentUser currentUser,
            LeadExport export,
            Clock clock) {
        this.leads = leads;
        this.clock = clock;
        this.user = currentUser.require();
        addClassName("cl-view");
        addClassName("cl-lead-list");
        setSizeFull();

        filterBar = new LeadFilterBar(
                new FilterOptions(chains.sectors(), chains.allLinks(), directory.units(), directory.officers(null)));
        filterBar.addFilterChangedListener(e -> navigateTo(e.filter()));

        summary.addClassName("cl-lead-summary");
        newLead.setText(getTranslation("lead.list.new"));
        newLead.setIcon(VaadinIcon.PLUS.create());
        newLead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newLead.setVisible(commands.canCreate());
        newLead.addClickListener(e -> UI.getCurrent().navigate("leads/new"));
        buildPresets();
        Div spacer = new Div();
        spacer.addClassName("cl-spacer");
        Locale locale = getLocale();
        Anchor exportButton = Downloads.button(
                getTranslation("lead.export.button"),
                Downloads.xlsx(
                        () -> export.fileName(locale), out -> export.write(filter, LeadExport.MAX_ROWS, locale, out)));
        exportButton.setId("lead-export");
        Button importButton = new Button(
                getTranslation("lead.list.import"),
                VaadinIcon.UPLOAD.create(),
                e -> UI.getCurrent().navigate("leads/import"));
        importButton.setVisible(commands.canCreate());
        Div header = new Div(summary, presets, spacer, exportButton, importButton, newLead);
        header.addClassName("cl-list-header");

        indexNotice.addClassName("cl-index-notice");
        indexNotice.setVisible(false);
        configureGrid();
        add(filterBar, header, indexNotice, grid);
        setFlexGrow(1, grid);
    }

    private void buildPresets() {
        presets.addClassName("cl-presets");
        if (user.role() == Role.OFFICER) {
            presets.add(preset(
                    Formats.labelValue(getLocale(), getTranslation("lead.list.owner"), user.displayName()),
                    LeadFilter.NONE.withOwner(user.getUsername())));
        }
        presets.add(preset(
                getTranslation(LeadStage.NEGOTIATING.translationKey()) + " · " + getTranslation("lead.list.preset.big"),
                LeadFilter.NONE.withStages(Set.of(LeadStage.NEGOTIATING)).withInvestment(Money.WAN_PER_YI, null)));
        presets.add(preset(
                getTranslation("lead.list.preset.huge"),
                LeadFilter.NONE.withInvestment(Money.WAN_PER_YI.multiply(BigDecimal.TEN), null)));
        presets.add(preset(
                getTranslation("lead.list.overdue"),
                LeadFilter.NONE
                        .withStages(LeadStage.ACTIVE)
                        .withNextFollowUp(null, LocalDate.now(clock).minusDays(1))));
    }

    private Button preset(String label, LeadFilter preset) {
        Button button = new Button(label, e -> navigateTo(preset));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void configureGrid() {
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(clock);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addColumn(LeadRow::leadNo)
                .setHeader(getTranslation("lead.field.leadNo"))
                .setSortProperty(LeadSortKey.LEAD_NO.property())
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozen(true);
        String hotLabel = getTranslation("lead.field.hotIndustry").replaceAll("[（(].*", "");
        grid.addColumn(LitRenderer.<LeadRow>of(PROJECT_NAME)
                        .withProperty("name", LeadRow::projectName)
                        .withProperty("hot", row -> row.hotIndustry() ? hotLabel : null))
                .setKey("projectName")
                .setHeader(getTranslation("lead.field.projectName"))
                .setSortProperty(LeadSortKey.PROJECT.property())
                .setWidth("14rem")
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(LeadRow::investorName)
                .setHeader(getTranslation("lead.field.investorName"))
                .setSortProperty(LeadSortKey.INVESTOR.property())
                .setWidth("12rem")
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(row -> row.sectorName(locale))
                .setKey("sector")
                .setHeader(getTranslation("lead.field.sectorId"))
                .setSortProperty(LeadSortKey.SECTOR.property())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.chainLinkName(locale))
                .setKey("chainLink")
                .setHeader(getTranslation("lead.field.chainLinkId"))
                .setSortProperty(LeadSortKey.CHAIN_LINK.property())
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(LeadLabels.<LeadRow>stageBadgeRenderer(this, LeadRow::stage))
                .setKey("stage")
                .setHeader(getTranslation("lead.field.stage"))
                .setSortProperty(LeadSortKey.STAGE.property())
                .setAutoWidth(true)
                .setFlexGrow(0);
        // who pursues a lead comes right after how far it is: visible without scrolling at 1400 px
        grid.addColumn(row -> row.unitName(locale))
                .setKey("unit")
                .setHeader(getTranslation("lead.field.unitId"))
                .setSortProperty(LeadSortKey.UNIT.property())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LeadRow::ownerName)
                .setKey("owner")
                .setHeader(getTranslation("lead.field.ownerId"))
                .setSortProperty(LeadSortKey.OWNER.property())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Money.format(row.totalInvestment(), locale))
                .setHeader(getTranslation("lead.field.totalInvestment").replaceAll("[（(].*", ""))
                .setSortProperty(LeadSortKey.TOTAL_INVESTMENT.property())
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        String overdueTitle = getTranslation("lead.list.overdue");
        grid.addColumn(LitRenderer.<LeadRow>of(NEXT_FOLLOW_UP)
                        .withProperty("date", row -> Formats.date(row.nextFollowUpOn()))
                        .withProperty("overdue", row -> isOverdue(row, today) ? overdueTitle : null))
                .setKey("nextFollowUpOn")
                .setHeader(getTranslation("lead.field.nextFollowUpOn"))
                .setSortProperty(LeadSortKey.NEXT_FOLLOW_UP.property())
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<LeadRow> updated = grid.addColumn(row -> Formats.dateTime(row.updatedAt()))
                .setHeader(getTranslation("lead.field.updatedAt"))
                .setSortProperty(LeadSortKey.UPDATED.property())
                .setAutoWidth(true)
                .setFlexGrow(0);
        String nextLabel = getTranslation("lead.field.nextFollowUpOn");
        String amountLabel = getTranslation("lead.field.totalInvestment")
                .replaceAll("[（(].*", "")
                .strip();
        cardColumn = grid.addColumn(LitRenderer.<LeadRow>of(CARD)
                        .withProperty("name", LeadRow::projectName)
                        .withProperty("hot", row -> row.hotIndustry() ? hotLabel : null)
                        .withProperty("investor", LeadRow::investorName)
                        .withProperty("theme", row -> LeadLabels.stageTheme(row.stage()))
                        .withProperty("stage", row -> row.stage().name())
                        .withProperty(
                                "stageLabel", row -> getTranslation(row.stage().translationKey()))
                        .withProperty(
                                "amount",
                                row -> row.totalInvestment() == null
                                        ? ""
                                        : Formats.labelValue(
                                                locale, amountLabel, Money.format(row.totalInvestment(), locale)))
                        .withProperty(
                                "next",
                                row -> row.nextFollowUpOn() == null
                                        ? null
                                        : Formats.labelValue(locale, nextLabel, Formats.date(row.nextFollowUpOn())))
                        .withProperty("overdue", row -> isOverdue(row, today) ? overdueTitle : null)
                        .withProperty("leadNo", LeadRow::leadNo)
                        .withProperty("owner", LeadRow::ownerName))
                .setKey("card")
                .setHeader(getTranslation("lead.list.title"))
                .setFlexGrow(1);
        showColumns();
        NarrowScreen.track(this, this::showAsCards);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("lead.list.empty"));
        grid.addItemClickListener(
                e -> UI.getCurrent().navigate("leads/" + e.getItem().id()));
        grid.setItems(
                query -> leads.findRows(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, totals.count()));
        grid.sort(List.of(new GridSortOrder<>(updated, SortDirection.DESCENDING)));
    }

    /** On a narrow screen the card column alone, else every column but the card. */
    void showAsCards(boolean narrow) {
        this.narrow = narrow;
        showColumns();
        grid.getElement().getClassList().set("cl-card-grid-mode", narrow);
    }

    /**
     * The card alone on a narrow screen; else the columns, but not one every row of the filter has the same value
     * in (the box above shows it). A hidden column's cells are not sent ({@link GridColumns}).
     */
    private void showColumns() {
        for (Grid.Column<LeadRow> column : grid.getColumns()) {
            boolean shown = column == cardColumn ? narrow : !narrow && saysSomething(column.getKey());
            GridColumns.setShown(column, shown);
        }
    }

    private boolean saysSomething(@Nullable String columnKey) {
        if ("chainLink".equals(columnKey)) {
            return filter.chainLink() == null;
        }
        if ("sector".equals(columnKey)) {
            return filter.chainLink() == null && filter.sectors().size() != 1;
        }
        return true;
    }

    /** An active lead whose next follow-up date has passed. */
    static boolean isOverdue(LeadRow row, LocalDate today) {
        return row.nextFollowUpOn() != null
                && row.nextFollowUpOn().isBefore(today)
                && row.stage().isActive();
    }

    private void navigateTo(LeadFilter next) {
        UI.getCurrent().navigate(LeadListView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a value the boxes cannot show is dropped, said so at the top and taken out of the address
        Map<String, List<String>> asked =
                event.getLocation().getQueryParameters().getParameters();
        LeadFilter read = LeadFilter.fromParameters(asked);
        UnknownFilterValues unknown = new UnknownFilterValues();
        LeadFilter known = filterBar.known(read, unknown);
        unknown.addNotUnderstood(asked, read.toParameters(), Set.of());
        if (unknown.forwardIfAny(event, this, LeadListView.class, known.toParameters())) {
            return;
        }
        filter = known;
        filterBar.setFilter(filter);
        refresh();
    }

    void refresh() {
        var index = leads.indexProgress();
        indexNotice.setVisible(!index.ready());
        if (!index.ready()) {
            indexNotice.setText(getTranslation("lead.list.indexBuilding", index.percent()));
        }
        showColumns();
        totals = leads.totals(filter);
        summary.setText(getTranslation(
                "lead.list.summary", totals.count(), Money.format(totals.totalInvestment(), getLocale())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lead.list.title");
    }
}

package com.chainleads.tour.ui;

import com.chainleads.base.ui.Money;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.tour.service.TourPick;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Picks signed projects for a tour's route: text, sector, ≥ 1亿, started building; each row's button fires
 * {@link PickEvent}. Projects already on the route say so instead.
 */
class ProjectPicker extends Dialog {

    final TextField text = new TextField();
    final Select<SectorOption> sector = new Select<>();
    final Checkbox oneYi = new Checkbox();
    final Checkbox started = new Checkbox();
    final Grid<LeadRow> grid = new Grid<>();

    static final String ADD = """
            <vaadin-button class="cl-pick-add" theme="small ${item.onRoute ? 'tertiary' : 'primary'}"
                ?disabled="${item.onRoute}" @click="${pick}">${item.label}</vaadin-button>""";

    private final Function<TourPick, List<LeadRow>> search;
    private Set<Long> onRoute = Set.of();

    ProjectPicker(List<SectorOption> sectors, Function<TourPick, List<LeadRow>> search) {
        this.search = search;
        setHeaderTitle(getTranslation("tour.pick.title"));
        setWidth("min(960px, 100vw)");
        text.setPlaceholder(getTranslation("tour.pick.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        sector.setItems(sectors);
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("tour.pick.allSectors"));
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("tour.pick.allSectors") : s.name(getLocale()));
        oneYi.setLabel(getTranslation("tour.pick.oneYi"));
        started.setLabel(getTranslation("tour.pick.started"));
        text.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        oneYi.addValueChangeListener(e -> refresh());
        started.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, sector, oneYi, started);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addThemeName("wrap-cell-content");
        grid.addColumn(LeadRow::projectName)
                .setHeader(getTranslation("tour.field.project"))
                .setFlexGrow(3);
        grid.addColumn(LeadRow::investorName)
                .setHeader(getTranslation("tour.field.investor"))
                .setFlexGrow(2);
        grid.addColumn(r -> Money.format(r.totalInvestment(), getLocale()))
                .setHeader(getTranslation("tour.field.investment"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.stage().translationKey()))
                .setHeader(getTranslation("tour.field.stage"))
                .setAutoWidth(true);
        String onRouteLabel = getTranslation("tour.pick.onRoute");
        String addLabel = getTranslation("tour.pick.add");
        grid.addColumn(LitRenderer.<LeadRow>of(ADD)
                        .withProperty("onRoute", row -> onRoute.contains(row.id()))
                        .withProperty("label", row -> onRoute.contains(row.id()) ? onRouteLabel : addLabel)
                        .withFunction("pick", row -> {
                            if (!onRoute.contains(row.id())) {
                                fireEvent(new PickEvent(this, row));
                            }
                        }))
                .setKey("add")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tour.pick.none"));
        grid.setHeight("60vh");
        Button close = new Button(getTranslation("tour.pick.close"), e -> close());
        getFooter().add(close);
        add(filters, grid);
    }

    /** Opens (or refreshes) the picker, marking the projects already on the route. */
    void show(Set<Long> leadsOnRoute) {
        onRoute = Set.copyOf(leadsOnRoute);
        refresh();
        if (!isOpened()) {
            open();
        }
    }

    private void refresh() {
        grid.setItems(search.apply(new TourPick(
                text.getValue(),
                sector.getValue() == null ? null : sector.getValue().code(),
                oneYi.getValue(),
                started.getValue())));
    }

    Registration addPickListener(ComponentEventListener<PickEvent> listener) {
        return addListener(PickEvent.class, listener);
    }

    static final class PickEvent extends ComponentEvent<ProjectPicker> {
        private final LeadRow lead;

        PickEvent(ProjectPicker source, LeadRow lead) {
            super(source, false);
            this.lead = lead;
        }

        LeadRow lead() {
            return lead;
        }
    }
}

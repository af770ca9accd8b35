package com.chainleads.tour.ui;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Notifications;
import com.chainleads.security.domain.Role;
import com.chainleads.tour.service.TourRow;
import com.chainleads.tour.service.TourService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** The tours (项目建设观摩) at {@code /tours}, newest first; leaders plan a new one here. */
@Route("tours")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Menu(order = 29, title = "tour.nav", icon = "vaadin:bus")
public class ToursView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TourRow> grid = new Grid<>();
    final Button create = new Button();
    final TourForm form = new TourForm();

    private final TourService tours;

    public ToursView(TourService tours) {
        this.tours = tours;
        addClassName("cl-view");
        setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TourRow::name)
                .setHeader(getTranslation("tour.field.name"))
                .setFlexGrow(3);
        grid.addColumn(r -> Formats.date(r.tourDate()))
                .setHeader(getTranslation("tour.field.tourDate"))
                .setAutoWidth(true);
        grid.addColumn(TourRow::stops)
                .setHeader(getTranslation("tour.field.stops"))
                .setAutoWidth(true);
        grid.addColumn(TourRow::members)
                .setHeader(getTranslation("tour.field.members"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tour.none"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        create.setText(getTranslation("tour.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addClickListener(e -> form.setVisible(true));
        form.setVisible(false);
        form.addSaveListener(e -> {
            try {
                open(tours.create(e.command()));
            } catch (BusinessRuleException rule) {
                String message = getTranslation(rule.messageKey(), rule.args());
                if (rule.field() == null || !form.showFieldError(rule.field(), message)) {
                    Notifications.error(message);
                }
            }
        });
        add(new H2(getTranslation("tour.title")), create, form, grid);
        grid.setItems(tours.tours());
    }

    private void open(long id) {
        UI.getCurrent().navigate(TourView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tour.nav");
    }
}

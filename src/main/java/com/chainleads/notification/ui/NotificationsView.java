package com.chainleads.notification.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Notifications;
import com.chainleads.notification.domain.NoticeType;
import com.chainleads.notification.service.NoticeFilter;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.notification.service.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All my notifications, newest first, loaded page by page; filter to the unread ones or one type (both kept in
 * the address, e.g. {@code notifications?unread=true&type=CLAIM_RULED}). Clicking one marks it read and opens
 * what it is about.
 */
@Route("notifications")
@PermitAll
@Menu(order = 80, title = "notice.nav", icon = "vaadin:bell")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Checkbox unreadOnly = new Checkbox();
    final Select<NoticeType> type = new Select<>();
    final Button markAllRead = new Button();
    final Grid<NoticeRow> grid = new Grid<>();

    private final transient NotificationService service;
    private NoticeFilter filter = NoticeFilter.ALL;

    public NotificationsView(NotificationService service) {
        this.service = service;
        setSizeFull();
        addClassName("cl-view");
        addClassName("cl-notices");

        unreadOnly.setLabel(getTranslation("notice.view.unreadOnly"));
        unreadOnly.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                applyFilter(filter.withUnreadOnly(e.getValue()));
            }
        });
        type.setItems(NoticeType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("notice.view.allTypes"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("notice.view.allTypes") : getTranslation(t.translationKey()));
        type.setAriaLabel(getTranslation("notice.view.type"));
        type.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                applyFilter(filter.withType(e.getValue()));
            }
        });
        markAllRead.setText(getTranslation("notice.markAllRead"));
        markAllRead.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        markAllRead.addClickListener(e -> markAllRead());

        HorizontalLayout toolbar = new HorizontalLayout(type, unreadOnly, markAllRead);
        toolbar.addClassName("cl-notices-toolbar");
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("notice.view.empty"));
        // Lit bindings render text, never HTML: the sentence may quote a project name someone typed
        grid.addColumn(LitRenderer.<NoticeRow>of("""
                <div class="cl-notice-row ${item.unread ? 'cl-unread' : ''}">
                  <vaadin-icon class="cl-notice-icon" icon="${item.icon}"></vaadin-icon>
                  <div class="cl-notice-body">
                    <span class="cl-notice-text">${item.text}</span>
                    <span class="cl-notice-meta">${item.type} · ${item.time}</span>
                  </div>
                </div>""")
                        .withProperty("unread", NoticeRow::unread)
                        .withProperty(
                                "icon",
                                row -> "vaadin:"
                                        + NoticeTexts.icon(row.type())
                                                .name()
                                                .toLowerCase(Locale.ROOT)
                                                .replace('_', '-'))
                        .withProperty("text", row -> NoticeTexts.text(this, getLocale(), row))
                        .withProperty("type", row -> getTranslation(row.type().translationKey()))
                        .withProperty("time", row -> Formats.dateTime(row.createdAt())))
                .setHeader(getTranslation("notice.view.column"))
                .setFlexGrow(1);
        grid.setItems(
                query -> service.myNotices(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countMyNotices(filter));
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    void open(NoticeRow row) {
        if (row.unread()) {
            service.markRead(row.id());
        }
        if (row.target() != null) {
            NoticeTexts.navigate(UI.getCurrent(), row.target());
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    private void markAllRead() {
        int marked = service.markAllRead();
        Notifications.success(getTranslation("notice.view.markedAllRead", marked));
        grid.getDataProvider().refreshAll();
    }

    void applyFilter(NoticeFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
        Map<String, String> parameters = new HashMap<>();
        if (filter.unreadOnly()) {
            parameters.put("unread", "true");
        }
        if (filter.type() != null) {
            parameters.put("type", filter.type().name());
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, ui.getInternals().getActiveViewLocation().getPath() + queryString(parameters)));
    }

    private static String queryString(Map<String, String> parameters) {
        String query = QueryParameters.simple(parameters).getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        boolean unread =
                parameters.getSingleParameter("unread").map("true"::equals).orElse(false);
        Optional<NoticeType> chosen = parameters
                .getSingleParameter("type")
                .flatMap(name -> Arrays.stream(NoticeType.values())
                        .filter(t -> t.name().equals(name))
                        .findFirst());
        filter = new NoticeFilter(unread, chosen.orElse(null));
        unreadOnly.setValue(unread);
        type.setValue(chosen.orElse(null));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.title");
    }
}

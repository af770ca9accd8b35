package com.chainleads.notification.ui;

import com.chainleads.base.ui.ShellHeaderItem;
import com.chainleads.notification.service.NoticeBroadcaster;
import com.chainleads.notification.service.NoticeRow;
import com.chainleads.notification.service.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The bell in the header: a badge with the number of unread notifications, kept up to date by server push, and
 * a panel with the newest ones. Clicking one marks it read and opens what it is about; "全部标为已读" and
 * "查看全部" (the notifications view) sit in the panel. One bell per page: it listens for changes while attached.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(10)
public class NotificationBell extends Div implements ShellHeaderItem {

    final Button button = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Popover panel = new Popover();
    /** The panel's content, made when it first opens: every page has a bell, few pages open it. */
    @Nullable
    Div list;

    @Nullable
    Button markAllRead;

    @Nullable
    Button viewAll;

    private final transient NotificationService service;
    private final transient NoticeBroadcaster broadcaster;
    private final transient Clock clock;
    private transient @Nullable Registration registration;
    private long unread;

    public NotificationBell(NotificationService service, NoticeBroadcaster broadcaster, Clock clock) {
        this.service = service;
        this.broadcaster = broadcaster;
        this.clock = clock;
        addClassName("cl-bell");
        setId("notification-bell");

        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("cl-bell-button");
        button.setTooltipText(getTranslation("notice.bell.label"));
        badge.addClassName("cl-bell-badge");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(button, badge);

        configurePanel();
    }

    private void configurePanel() {
        panel.setTarget(button);
        panel.setOpenOnClick(true);
        panel.setOpenOnHover(false);
        panel.setOpenOnFocus(false);
        panel.setPosition(PopoverPosition.BOTTOM_END);
        panel.setWidth("min(24rem, calc(100vw - 1rem))");
        panel.addClassName("cl-bell-panel");
        panel.setOverlayRole("dialog");
        panel.setAriaLabel(getTranslation("notice.panel.title"));
        panel.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fillPanel();
                reload();
            }
        });
    }

    /** The panel's header, list and footer, made on first opening. */
    private void fillPanel() {
        if (list != null) {
            return;
        }
        Span title = new Span(getTranslation("notice.panel.title"));
        title.addClassName("cl-bell-panel-title");
        Button markAllRead = new Button();
        this.markAllRead = markAllRead;
        markAllRead.setText(getTranslation("notice.markAllRead"));
        markAllRead.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(e -> {
            service.markAllRead();
            reload();
        });
        markAllRead.setEnabled(unread > 0);
        Div header = new Div(title, markAllRead);
        header.addClassName("cl-bell-panel-header");

        Div list = new Div();
        this.list = list;
        list.addClassName("cl-bell-list");

        Button viewAll = new Button();
        this.viewAll = viewAll;
        viewAll.setText(getTranslation("notice.panel.viewAll"));
        viewAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        viewAll.addClassName("cl-bell-view-all");
        viewAll.addClickListener(e -> {
            panel.close();
            UI.getCurrent().navigate(NotificationsView.class);
        });

        panel.add(header, list, viewAll);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        registration = broadcaster.register(count -> ui.access(() -> showUnread(count)));
        showUnread(service.unreadCount());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        super.onDetach(detachEvent);
    }

    long unread() {
        return unread;
    }

    private void showUnread(long count) {
        unread = count;
        badge.setText(NoticeTexts.badge(count));
        badge.setVisible(count > 0);
        button.setAriaLabel(
                count > 0 ? getTranslation("notice.bell.labelUnread", count) : getTranslation("notice.bell.label"));
        if (markAllRead != null) {
            markAllRead.setEnabled(count > 0);
        }
    }

    /** Reloads the count and, when the panel is open, its list. */
    private void reload() {
        showUnread(service.unreadCount());
        Div list = this.list;
        if (list == null) {
            return;
        }
        list.removeAll();
        List<NoticeRow> latest = service.latest(NotificationService.LATEST);
        if (latest.isEmpty()) {
            Span empty = new Span(getTranslation("notice.panel.empty"));
            empty.addClassName("cl-bell-empty");
            list.add(empty);
        }
        Instant now = clock.instant();
        latest.forEach(row -> list.add(item(row, now)));
    }

    private Div item(NoticeRow row, Instant now) {
        Icon icon = NoticeTexts.icon(row.type()).create();
        icon.addClassName("cl-notice-icon");
        Span text = new Span(NoticeTexts.text(this, getLocale(), row));
        text.addClassName("cl-notice-text");
        Span meta = new Span(
                getTranslation(row.type().translationKey()) + " · " + NoticeTexts.when(this, row.createdAt(), now));
        meta.addClassName("cl-notice-meta");
        Div body = new Div(text, meta);
        body.addClassName("cl-notice-body");
        Div item = new Div(icon, body);
        item.addClassName("cl-bell-item");
        item.setClassName("cl-unread", row.unread());
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("data-notice-id", Long.toString(row.id()));
        item.addClickListener(e -> open(row));
        Shortcuts.addShortcutListener(item, () -> open(row), Key.ENTER).listenOn(item);
        return item;
    }

    /** Marks the notification read and goes where it points; without a target the panel stays open. */
    void open(NoticeRow row) {
        if (row.unread()) {
            service.markRead(row.id());
        }
        if (row.target() != null) {
            panel.close();
            showUnread(service.unreadCount());
            NoticeTexts.navigate(UI.getCurrent(), row.target());
        } else {
            reload();
        }
    }
}

package com.chainleads.home.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorSummary;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.MyTodo;
import com.chainleads.cockpit.ui.CockpitView;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.service.LeadService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The landing view after login: a greeting, an officer's to-dos (我的待办) and the district's five chains at a
 * glance.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final H2 greeting = new H2();
    private final Role role;
    final Div sectors = new Div();
    /** 新建线索, for those who may log leads (officers land here). */
    final Button newLead = new Button();

    public HomeView(
            CurrentUser currentUser,
            ChainReferenceService chains,
            CockpitService cockpit,
            LeadService leads,
            Clock clock) {
        addClassName("cl-view");
        addClassName("cl-home");
        AppUserPrincipal user = currentUser.require();
        this.role = user.role();
        greeting.setText(getTranslation("home.greeting", user.displayName()));
        greeting.addClassName("cl-home-greeting");
        String today = LocalDate.now(clock)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()));
        String unit = user.unitName(getLocale());
        Paragraph context = new Paragraph(today + " · " + (unit.isBlank() ? "" : unit + " · ")
                + getTranslation(user.role().translationKey()));
        context.addClassName("cl-home-context");

        add(greeting, context);
        newLead.setText(getTranslation("lead.list.new"));
        newLead.setIcon(VaadinIcon.PLUS.create());
        newLead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newLead.addClassName("cl-home-new-lead");
        newLead.addClickListener(e -> UI.getCurrent()
                .navigate(
                        com.chainleads.lead.ui.LeadView.class,
                        new com.vaadin.flow.router.RouteParameters("leadId", "new")));
        newLead.setVisible(leads.canCreate());
        add(newLead);
        if (user.role() == Role.OFFICER) {
            add(todo(cockpit.myTodo(5)));
        }
        H3 chainsTitle = new H3(getTranslation("home.chains.title"));
        sectors.addClassName("cl-card-grid");
        for (SectorSummary sector : chains.sectorSummaries()) {
            sectors.add(sectorCard(sector));
        }
        add(chainsTitle, sectors);
    }

    /** 我的待办: the officer's leads breaking the response clocks, and follow-ups due. */
    private Div todo(MyTodo todo) {
        H3 title = new H3(getTranslation("home.todo.title"));
        Div cards = new Div();
        cards.addClassName("cl-todo-grid");
        cards.add(todoCard(
                "home.todo.overdue",
                todo.overdue(),
                "error",
                row -> getTranslation("home.todo.lastActivity", Formats.date(row.lastActivityOn()))));
        cards.add(todoCard(
                "home.todo.stale",
                todo.stale(),
                "warning",
                row -> getTranslation("home.todo.lastActivity", Formats.date(row.lastActivityOn()))));
        cards.add(todoCard(
                "home.todo.lateScreening",
                todo.lateScreening(),
                "warning",
                row -> getTranslation(row.stage().translationKey())));
        cards.add(todoCard(
                "home.todo.missedFollowUps",
                todo.missedFollowUps(),
                "error",
                row -> getTranslation("home.todo.nextFollowUp", Formats.date(row.nextFollowUpOn()))));
        cards.add(todoCard(
                "home.todo.upcomingFollowUps",
                todo.upcomingFollowUps(),
                "primary",
                row -> getTranslation("home.todo.nextFollowUp", Formats.date(row.nextFollowUpOn()))));
        Div section = new Div(title, cards);
        section.addClassName("cl-todo");
        section.setWidthFull();
        return section;
    }

    private Div todoCard(
            String titleKey, MyTodo.Section section, String tone, java.util.function.Function<LeadRow, String> detail) {
        Span name = new Span(getTranslation(titleKey));
        name.addClassName("cl-card-title");
        Span count = new Span(String.valueOf(section.total()));
        count.getElement()
                .getThemeList()
                .addAll(java.util.List.of(
                        "badge", "pill", section.total() == 0 ? "contrast" : tone.equals("primary") ? "" : tone));
        count.addClassName("cl-todo-count");
        Div head = new Div(name, count);
        head.addClassName("cl-todo-head");
        Div card = new Div(head);
        card.addClassName("cl-card");
        card.getElement().setAttribute("data-todo", titleKey.substring("home.todo.".length()));
        if (section.leads().isEmpty()) {
            Span none = new Span(getTranslation("home.todo.none"));
            none.addClassName("cl-card-detail");
            card.add(none);
        }
        for (LeadRow row : section.leads()) {
            RouterLink link = new RouterLink();
            link.setRoute(
                    com.chainleads.lead.ui.LeadView.class,
                    new com.vaadin.flow.router.RouteParameters("leadId", String.valueOf(row.id())));
            link.setText(row.leadNo() + " " + row.projectName());
            link.addClassName("cl-todo-link");
            Span info = new Span(detail.apply(row));
            info.addClassName("cl-card-detail");
            Div item = new Div(link, info);
            item.addClassName("cl-todo-item");
            card.add(item);
        }
        if (section.total() > section.leads().size()) {
            RouterLink all = new RouterLink(
                    getTranslation("home.todo.all", section.total()), com.chainleads.lead.ui.LeadListView.class);
            all.setQueryParameters(
                    new com.vaadin.flow.router.QueryParameters(section.filter().toParameters()));
            card.add(all);
        }
        return card;
    }

    private Div sectorCard(SectorSummary sector) {
        Span name = new Span(sector.name(getLocale()));
        name.addClassName("cl-card-title");
        Span links = new Span(getTranslation(
                "home.chains.links", sector.upstreamLinks(), sector.midstreamLinks(), sector.downstreamLinks()));
        links.addClassName("cl-card-detail");
        Span edges = new Span(getTranslation("home.chains.edges", sector.edges()));
        edges.addClassName("cl-card-detail");
        Div card = new Div(name, links, edges);
        card.addClassName("cl-card");
        card.getElement().setAttribute("data-sector", sector.code());
        return card;
    }

    /** Leaders land on their cockpit. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (role == Role.LEADER) {
            event.forwardTo(CockpitView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}

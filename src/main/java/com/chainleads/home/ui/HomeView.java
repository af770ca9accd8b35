package com.chainleads.home.ui;

import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorSummary;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The landing view after login: a greeting and the district's five chains at a glance. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    final H2 greeting = new H2();
    final Div sectors = new Div();

    public HomeView(CurrentUser currentUser, ChainReferenceService chains, Clock clock) {
        addClassName("cl-view");
        addClassName("cl-home");
        AppUserPrincipal user = currentUser.require();
        greeting.setText(getTranslation("home.greeting", user.displayName()));
        greeting.addClassName("cl-home-greeting");
        String today = LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(getLocale()));
        String unit = user.unitName(getLocale());
        Paragraph context = new Paragraph(today + " · " + (unit.isBlank() ? "" : unit + " · ")
                + getTranslation(user.role().translationKey()));
        context.addClassName("cl-home-context");

        H3 chainsTitle = new H3(getTranslation("home.chains.title"));
        sectors.addClassName("cl-card-grid");
        for (SectorSummary sector : chains.sectorSummaries()) {
            sectors.add(sectorCard(sector));
        }
        add(greeting, context, chainsTitle, sectors);
    }

    private Div sectorCard(SectorSummary sector) {
        Span name = new Span(sector.name(getLocale()));
        name.addClassName("cl-card-title");
        Span links = new Span(getTranslation("home.chains.links", sector.upstreamLinks(), sector.midstreamLinks(),
                sector.downstreamLinks()));
        links.addClassName("cl-card-detail");
        Span edges = new Span(getTranslation("home.chains.edges", sector.edges()));
        edges.addClassName("cl-card-detail");
        Div card = new Div(name, links, edges);
        card.addClassName("cl-card");
        card.getElement().setAttribute("data-sector", sector.code());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}

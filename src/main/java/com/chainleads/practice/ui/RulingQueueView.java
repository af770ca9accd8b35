package com.chainleads.practice.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.practice.domain.ClaimStatus;
import com.chainleads.practice.service.ClaimRow;
import com.chainleads.practice.service.ClaimService;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The leaders' ruling queue (撞单裁定): claims waiting for a ruling, oldest first, and those ruled, last first.
 * Opening one shows both leads and the ruling form ({@link ClaimView}).
 */
@Route("rulings")
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
@Menu(order = 20, title = "practice.nav.rulings", icon = "vaadin:gavel")
public class RulingQueueView extends VerticalLayout implements HasDynamicTitle {

    final Tab pendingTab = new Tab();
    final Tab ruledTab = new Tab();
    final Tabs statusTabs = new Tabs(pendingTab, ruledTab);
    final Grid<ClaimRow> grid = new Grid<>();

    private final transient ClaimService claims;
    private ClaimStatus status = ClaimStatus.PENDING;

    public RulingQueueView(ClaimService claims) {
        this.claims = claims;
        setSizeFull();
        addClassName("cl-view");
        addClassName("cl-rulings");
        Paragraph intro = new Paragraph(getTranslation("practice.rulings.intro"));
        intro.addClassName("cl-form-hint");
        ruledTab.setLabel(getTranslation("practice.rulings.tab.ruled"));
        statusTabs.addSelectedChangeListener(e -> {
            status = e.getSelectedTab() == ruledTab ? ClaimStatus.RULED : ClaimStatus.PENDING;
            grid.getDataProvider().refreshAll();
        });
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addComponentColumn(this::card).setHeader(getTranslation("practice.rulings.column"));
        grid.setEmptyStateText(getTranslation("practice.rulings.empty"));
        grid.setItems(query -> claims.claims(status, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) claims.countClaims(status));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(intro, statusTabs, grid);
        updateCounts();
    }

    void open(ClaimRow row) {
        UI.getCurrent().navigate(ClaimView.class, new com.vaadin.flow.router.RouteParameters("claimId",
                Long.toString(row.id())));
    }

    private void updateCounts() {
        pendingTab.setLabel(getTranslation("practice.rulings.tab.pending", claims.countClaims(ClaimStatus.PENDING)));
    }

    /** One claim as a card: the investor, who claims against whom, when, and where it stands. */
    private Div card(ClaimRow row) {
        Locale locale = getLocale();
        Span investor = new Span(row.investorName());
        investor.addClassName("cl-claim-investor");
        Span parties = new Span(getTranslation("practice.rulings.parties", row.claimantUnit(locale),
                row.claimLeadNo(), row.firstUnit(locale), row.firstLeadNo()));
        parties.addClassName("cl-claim-parties");
        Span when = new Span(getTranslation("practice.rulings.filed", row.filedByName(),
                Formats.dateTime(row.filedAt())));
        when.addClassName("cl-claim-meta");
        Div badges = new Div(ClaimLabels.statusBadge(this, row.status(), row.outcome()));
        if (row.status() == ClaimStatus.PENDING) {
            badges.add(ClaimLabels.protectionBadge(this, row.protection()));
        } else if (row.automatic()) {
            badges.add(new Span(getTranslation("practice.claim.automatic")));
        } else if (row.ruledByName() != null) {
            badges.add(new Span(getTranslation("practice.claim.ruledBy", row.ruledByName(),
                    Formats.dateTime(row.ruledAt()))));
        }
        badges.addClassName("cl-claim-badges");
        Div card = new Div(investor, parties, when, badges);
        card.addClassName("cl-claim-row");
        card.getElement().setAttribute("data-claim", Long.toString(row.id()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.rulings.title");
    }
}

package com.chainleads.claim.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.service.ClaimRow;
import com.chainleads.claim.service.ClaimService;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

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
    /** A claim as a card (see {@link #card()}). */
    static final String CARD = """
            <div class="cl-claim-row" data-claim="${item.id}">
              <span class="cl-claim-investor">${item.investor}</span>
              <span class="cl-claim-parties">${item.parties}</span>
              <span class="cl-claim-meta">${item.filed}</span>
              <div class="cl-claim-badges">
                <span theme="${item.statusTheme}" data-status="${item.status}">${item.statusText}</span>
                ${item.protection ? html`<span theme="${item.protectionTheme}"
                    data-protection="${item.protection}">${item.protectionText}</span>` : ''}
                ${item.note ? html`<span>${item.note}</span>` : ''}
              </div>
            </div>""";

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
        grid.addColumn(card()).setKey("claim").setHeader(getTranslation("practice.rulings.column"));
        grid.setEmptyStateText(getTranslation("practice.rulings.empty"));
        grid.setItems(
                query -> claims.claims(status, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) claims.countClaims(status));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(intro, statusTabs, grid);
        updateCounts();
    }

    void open(ClaimRow row) {
        UI.getCurrent()
                .navigate(
                        ClaimView.class,
                        new com.vaadin.flow.router.RouteParameters("claimId", Long.toString(row.id())));
    }

    private void updateCounts() {
        pendingTab.setLabel(getTranslation("practice.rulings.tab.pending", claims.countClaims(ClaimStatus.PENDING)));
    }

    /**
     * One claim as a card: the investor, who claims against whom, when, and where it stands. Drawn in the
     * browser from the row's texts (no components per row); Lit bindings are text, never HTML.
     */
    private LitRenderer<ClaimRow> card() {
        Locale locale = getLocale();
        return LitRenderer.<ClaimRow>of(CARD)
                .withProperty("id", ClaimRow::id)
                .withProperty("investor", ClaimRow::investorName)
                .withProperty(
                        "parties",
                        row -> getTranslation(
                                "practice.rulings.parties",
                                row.claimantUnit(locale),
                                row.claimLeadNo(),
                                row.firstUnit(locale),
                                row.firstLeadNo()))
                .withProperty(
                        "filed",
                        row -> getTranslation(
                                "practice.rulings.filed", row.filedByName(), Formats.dateTime(row.filedAt())))
                .withProperty("status", row -> row.status().name())
                .withProperty("statusTheme", row -> ClaimLabels.statusTheme(row.status()))
                .withProperty("statusText", row -> ClaimLabels.statusText(this, row.status(), row.outcome()))
                .withProperty(
                        "protection",
                        row -> row.status() == ClaimStatus.PENDING
                                ? row.protection().name()
                                : null)
                .withProperty(
                        "protectionTheme",
                        row -> row.status() == ClaimStatus.PENDING
                                ? ClaimLabels.protectionTheme(row.protection())
                                : null)
                .withProperty(
                        "protectionText",
                        row -> row.status() == ClaimStatus.PENDING
                                ? getTranslation(row.protection().translationKey())
                                : null)
                .withProperty("note", this::rulingNote);
    }

    /** Who ruled and when, for a ruled claim. */
    private @Nullable String rulingNote(ClaimRow row) {
        if (row.status() == ClaimStatus.PENDING) {
            return null;
        }
        if (row.automatic()) {
            return getTranslation("practice.claim.automatic");
        }
        return row.ruledByName() == null
                ? null
                : getTranslation("practice.claim.ruledBy", row.ruledByName(), Formats.dateTime(row.ruledAt()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.rulings.title");
    }
}

package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.service.PolicyLine;
import com.chainleads.enterprise.cultivation.service.RankedRow;
import com.chainleads.enterprise.cultivation.transfer.CultivationExport;
import com.chainleads.enterprise.ui.EnterpriseView;
import com.chainleads.security.domain.Role;
import com.chainleads.transfer.ui.Downloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 创新积分 at {@code /points?sector=…&policy=…}: the firms ranked by their stored points (district or one sector), and
 * the reward policies (奖励政策) with the firms each lets in (免申即享), exportable. Administrators and the 科技科 open
 * the model and the policies from here.
 */
@Route("points")
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Menu(order = 28, title = "cultivation.points.nav", icon = "vaadin:star")
public class PointsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SECTOR = "sector";
    static final String POLICY = "policy";

    final Select<SectorOption> sector = new Select<>();
    final Grid<RankedRow> ranking = new Grid<>();
    final Select<PolicyLine> policy = new Select<>();
    final Paragraph policyText = new Paragraph();
    final Grid<StandingRow> qualifying = new Grid<>();
    final HorizontalLayout policyActions = new HorizontalLayout();

    private final CultivationService cultivation;
    private final CultivationExport export;
    private final List<SectorOption> sectors;
    private boolean reading;

    public PointsView(
            CultivationService cultivation,
            CultivationExport export,
            ChainReferenceService reference,
            AuthenticationContext authentication) {
        this.cultivation = cultivation;
        this.export = export;
        this.sectors = reference.sectors();
        addClassName("cl-view");
        setWidthFull();
        Locale locale = getLocale();
        sector.setLabel(getTranslation("enterprise.field.sectorId"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("ladder.district") : s.name(locale));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("ladder.district"));
        sector.addValueChangeListener(e -> navigate());
        policy.setLabel(getTranslation("cultivation.policy.label"));
        policy.setItems(cultivation.policies());
        policy.setItemLabelGenerator(p -> p == null ? "" : p.name());
        policy.addValueChangeListener(e -> navigate());
        HorizontalLayout top = new HorizontalLayout(sector);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        if (authentication.hasAnyRole(Role.ADMIN_NAME, Role.TECH_OFFICE_NAME)) {
            Button settings = new Button(
                    getTranslation("cultivation.settings.nav"),
                    VaadinIcon.COG.create(),
                    e -> UI.getCurrent().navigate(CultivationSettingsView.class));
            top.add(settings);
        }
        configureRanking();
        configureQualifying();
        HorizontalLayout policyRow = new HorizontalLayout(policy, policyActions);
        policyRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        policyRow.setWrap(true);
        add(
                new H3(getTranslation("cultivation.points.nav")),
                new Paragraph(getTranslation("cultivation.points.hint")),
                top,
                ranking,
                new H3(getTranslation("cultivation.policy.title")),
                policyRow,
                policyText,
                qualifying);
    }

    private void configureRanking() {
        Locale locale = getLocale();
        ranking.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ranking.setHeight("400px");
        ranking.addColumn(RankedRow::rank)
                .setHeader(getTranslation("cultivation.field.rank"))
                .setKey("rank")
                .setAutoWidth(true);
        ranking.addColumn(r -> r.row().name())
                .setHeader(getTranslation("enterprise.field.name"))
                .setKey("name")
                .setFlexGrow(3);
        Grid.Column<RankedRow> rankingSector = ranking.addColumn(r -> "en".equals(locale.getLanguage())
                        ? r.row().sectorNameEn()
                        : r.row().sectorNameZh())
                .setHeader(getTranslation("enterprise.field.sectorId"))
                .setAutoWidth(true);
        ranking.addColumn(r -> CriterionText.plain(r.row().points()))
                .setHeader(getTranslation("cultivation.field.points"))
                .setKey("points")
                .setAutoWidth(true);
        NarrowScreen.hideWhenNarrow(this, rankingSector);
        ranking.addItemClickListener(e -> open(e.getItem().row().enterpriseId()));
    }

    private void configureQualifying() {
        Locale locale = getLocale();
        qualifying.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        qualifying.setHeight("320px");
        qualifying
                .addColumn(StandingRow::name)
                .setHeader(getTranslation("enterprise.field.name"))
                .setKey("name")
                .setFlexGrow(3);
        Grid.Column<StandingRow> qualifyingSector = qualifying
                .addColumn(r -> "en".equals(locale.getLanguage()) ? r.sectorNameEn() : r.sectorNameZh())
                .setHeader(getTranslation("enterprise.field.sectorId"))
                .setAutoWidth(true);
        qualifying
                .addColumn(r -> CriterionText.plain(r.points()))
                .setHeader(getTranslation("cultivation.field.points"))
                .setKey("points")
                .setAutoWidth(true);
        qualifying
                .addColumn(r -> r.rdExpenseWan() == null ? "" : CriterionText.plain(r.rdExpenseWan()))
                .setHeader(getTranslation("cultivation.field.rdExpense"))
                .setAutoWidth(true);
        NarrowScreen.hideWhenNarrow(this, qualifyingSector);
        qualifying.addItemClickListener(e -> open(e.getItem().enterpriseId()));
    }

    private static void open(long enterpriseId) {
        UI.getCurrent()
                .navigate("enterprises/" + enterpriseId, QueryParameters.of("tab", EnterpriseView.CULTIVATION_TAB));
    }

    private void navigate() {
        if (reading) {
            return;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (sector.getValue() != null) {
            parameters.put(SECTOR, List.of(sector.getValue().code()));
        }
        if (policy.getValue() != null && policy.getValue().id() != null) {
            parameters.put(POLICY, List.of(String.valueOf(policy.getValue().id())));
        }
        UI.getCurrent().navigate(PointsView.class, new QueryParameters(parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String code = query.getSingleParameter(SECTOR).orElse(null);
        String policyId = query.getSingleParameter(POLICY).orElse(null);
        SectorOption chosen = code == null
                ? null
                : sectors.stream()
                        .filter(s -> s.code().equalsIgnoreCase(code))
                        .findFirst()
                        .orElse(null);
        List<PolicyLine> policies = cultivation.policies();
        PolicyLine chosenPolicy = policyId == null
                ? (policies.isEmpty() ? null : policies.get(0))
                : policies.stream()
                        .filter(p -> String.valueOf(p.id()).equals(policyId))
                        .findFirst()
                        .orElse(null);
        UnknownFilterValues unknown = new UnknownFilterValues();
        if (code != null && chosen == null) {
            unknown.add(UnknownFilterValues.Kind.SECTOR, code);
        }
        if (policyId != null && chosenPolicy == null) {
            unknown.add(UnknownFilterValues.Kind.OTHER, POLICY + "=" + policyId);
        }
        unknown.addNotUnderstood(query.getParameters(), Map.of(), Set.of(SECTOR, POLICY));
        if (unknown.forwardIfAny(event, this, PointsView.class, Map.of())) {
            return;
        }
        reading = true;
        try {
            sector.setValue(chosen);
            policy.setItems(policies);
            policy.setValue(chosenPolicy);
        } finally {
            reading = false;
        }
        Long sectorId = chosen == null ? null : chosen.id();
        ranking.setItems(
                q -> cultivation.ranking(sectorId, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, cultivation.countRanked(sectorId)));
        showPolicy(chosenPolicy);
    }

    private void showPolicy(@Nullable PolicyLine chosen) {
        policyActions.removeAll();
        if (chosen == null || chosen.id() == null) {
            policyText.setText(getTranslation("cultivation.policy.none"));
            qualifying.setItems(List.of());
            return;
        }
        long id = chosen.id();
        long count = cultivation.countQualifying(id);
        policyText.setText(getTranslation(
                "cultivation.policy.text", chosen.award(), PolicyText.rule(chosen, this::getTranslation), count));
        qualifying.setItems(
                q -> cultivation.qualifying(id, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, cultivation.countQualifying(id)));
        Locale locale = getLocale();
        policyActions.add(Downloads.button(
                getTranslation("enterprise.export"),
                Downloads.xlsx(
                        () -> export.policyFileName(locale),
                        out -> export.writeQualifying(id, chosen.name(), locale, out))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cultivation.points.nav");
    }
}

package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.Notifications;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.service.CriterionLine;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.service.IndicatorLine;
import com.chainleads.enterprise.cultivation.service.PolicyLine;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The 创新积分 model, the tiers' criteria and the reward policies at {@code /points/settings}, for administrators and
 * the 科技科. Saving a criterion or an indicator recomputes every firm's stored standing.
 *
 * <p>Size: three grids, each with its small form and save, sharing one way to show a refusal at its field.
 */
@Route("points/settings")
@RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
public class CultivationSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<IndicatorLine> indicators = new Grid<>();
    final BigDecimalField weight = new BigDecimalField();
    final BigDecimalField cap = new BigDecimalField();
    final BigDecimalField perUnit = new BigDecimalField();
    final TextField bands = new TextField();
    final Button saveIndicator = new Button();

    final Grid<CriterionLine> criteria = new Grid<>();
    final BigDecimalField threshold = new BigDecimalField();
    final Button saveCriterion = new Button();

    final Grid<PolicyLine> policies = new Grid<>();
    final TextField policyName = new TextField();
    final TextField award = new TextField();
    final IntegerField topN = new IntegerField();
    final BigDecimalField minPoints = new BigDecimalField();
    final BigDecimalField minRd = new BigDecimalField();
    final Select<CultivationTier> requiredTier = new Select<>();
    final Button savePolicy = new Button();
    final Button newPolicy = new Button();
    final Button deletePolicy = new Button();

    private final CultivationService cultivation;
    private @Nullable PolicyLine editedPolicy;

    public CultivationSettingsView(CultivationService cultivation) {
        this.cultivation = cultivation;
        addClassName("cl-view");
        setWidthFull();
        Button back = new Button(
                getTranslation("cultivation.points.nav"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(PointsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
        indicatorsPart();
        criteriaPart();
        policiesPart();
        refresh();
    }

    private void indicatorsPart() {
        indicators.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        indicators.setAllRowsVisible(true);
        Grid.Column<IndicatorLine> group = indicators
                .addColumn(l -> getTranslation(l.indicator().group().translationKey()))
                .setHeader(getTranslation("cultivation.field.group"))
                .setAutoWidth(true);
        indicators
                .addColumn(l -> getTranslation(l.indicator().translationKey()))
                .setHeader(getTranslation("cultivation.field.indicator"))
                .setFlexGrow(2);
        indicators
                .addColumn(l -> CriterionText.plain(l.weight()))
                .setHeader(getTranslation("cultivation.field.weight"));
        indicators.addColumn(l -> CriterionText.plain(l.cap())).setHeader(getTranslation("cultivation.field.cap"));
        indicators
                .addColumn(l -> l.perUnit() == null ? "" : CriterionText.plain(l.perUnit()))
                .setHeader(getTranslation("cultivation.field.perUnit"));
        indicators
                .addColumn(l -> l.bands() == null ? "" : l.bands())
                .setHeader(getTranslation("cultivation.field.bands"))
                .setKey("bands")
                .setFlexGrow(2);
        com.chainleads.base.ui.NarrowScreen.hideWhenNarrow(this, group);
        weight.setLabel(getTranslation("cultivation.field.weight"));
        cap.setLabel(getTranslation("cultivation.field.cap"));
        perUnit.setLabel(getTranslation("cultivation.field.perUnit"));
        bands.setLabel(getTranslation("cultivation.field.bands"));
        bands.setHelperText(getTranslation("cultivation.field.bands.help"));
        saveIndicator.setText(getTranslation("cultivation.save"));
        saveIndicator.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveIndicator.setEnabled(false);
        indicators.asSingleSelect().addValueChangeListener(e -> {
            IndicatorLine line = e.getValue();
            saveIndicator.setEnabled(line != null);
            if (line != null) {
                weight.setValue(line.weight());
                cap.setValue(line.cap());
                perUnit.setValue(line.perUnit());
                bands.setValue(line.bands() == null ? "" : line.bands());
            }
        });
        saveIndicator.addClickListener(e -> {
            IndicatorLine line = indicators.asSingleSelect().getValue();
            if (line != null) {
                save(
                        () -> cultivation.saveIndicator(
                                line.id(),
                                line.version(),
                                new IndicatorLine(
                                        line.id(),
                                        line.version(),
                                        line.indicator(),
                                        weight.getValue(),
                                        cap.getValue(),
                                        perUnit.getValue(),
                                        bands.getValue())),
                        Map.of("weight", weight, "cap", cap, "perUnit", perUnit, "bands", bands));
            }
        });
        FormLayout form = new FormLayout(weight, cap, perUnit, bands, saveIndicator);
        add(new H3(getTranslation("cultivation.settings.model")), indicators, form);
    }

    private void criteriaPart() {
        criteria.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        criteria.setAllRowsVisible(true);
        criteria.addColumn(c -> getTranslation(c.tier().translationKey()))
                .setHeader(getTranslation("cultivation.field.tier"))
                .setAutoWidth(true);
        criteria.addColumn(c -> getTranslation(c.kind().translationKey()))
                .setHeader(getTranslation("cultivation.field.criterion"))
                .setFlexGrow(2);
        criteria.addColumn(this::band)
                .setHeader(getTranslation("cultivation.field.band"))
                .setAutoWidth(true);
        criteria.addColumn(c -> "≥ " + CriterionText.plain(c.threshold())
                        + getTranslation("cultivation.unit." + c.kind().unit().name()))
                .setHeader(getTranslation("cultivation.field.threshold"))
                .setKey("threshold")
                .setAutoWidth(true);
        threshold.setLabel(getTranslation("cultivation.field.threshold"));
        saveCriterion.setText(getTranslation("cultivation.save"));
        saveCriterion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCriterion.setEnabled(false);
        criteria.asSingleSelect().addValueChangeListener(e -> {
            saveCriterion.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                threshold.setValue(e.getValue().threshold());
            }
        });
        saveCriterion.addClickListener(e -> {
            CriterionLine line = criteria.asSingleSelect().getValue();
            if (line != null) {
                save(
                        () -> cultivation.saveCriterion(line.id(), line.version(), threshold.getValue()),
                        Map.of("threshold", threshold));
            }
        });
        HorizontalLayout form = new HorizontalLayout(threshold, saveCriterion);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H3(getTranslation("cultivation.settings.criteria")), criteria, form);
    }

    private String band(CriterionLine c) {
        if (c.revenueAboveWan() == null && c.revenueUpToWan() == null) {
            return getTranslation("cultivation.band.all");
        }
        String from = c.revenueAboveWan() == null ? "0" : CriterionText.plain(c.revenueAboveWan());
        String to = c.revenueUpToWan() == null ? "∞" : CriterionText.plain(c.revenueUpToWan());
        return getTranslation("cultivation.band.range", from, to);
    }

    private void policiesPart() {
        policies.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        policies.setAllRowsVisible(true);
        policies.addColumn(PolicyLine::name)
                .setHeader(getTranslation("cultivation.field.policyName"))
                .setAutoWidth(true);
        policies.addColumn(p -> PolicyText.rule(p, this::getTranslation))
                .setHeader(getTranslation("cultivation.field.rule"))
                .setFlexGrow(2);
        policies.addColumn(PolicyLine::award)
                .setHeader(getTranslation("cultivation.field.award"))
                .setFlexGrow(2);
        policyName.setLabel(getTranslation("cultivation.field.policyName"));
        award.setLabel(getTranslation("cultivation.field.award"));
        topN.setLabel(getTranslation("cultivation.field.topN"));
        minPoints.setLabel(getTranslation("cultivation.field.minPoints"));
        minRd.setLabel(getTranslation("cultivation.field.minRd"));
        requiredTier.setLabel(getTranslation("cultivation.field.requiredTier"));
        requiredTier.setItems(Arrays.asList(CultivationTier.values()));
        requiredTier.setEmptySelectionAllowed(true);
        requiredTier.setEmptySelectionCaption(getTranslation("cultivation.tier.any"));
        requiredTier.setItemLabelGenerator(
                t -> t == null ? getTranslation("cultivation.tier.any") : getTranslation(t.translationKey()));
        savePolicy.setText(getTranslation("cultivation.save"));
        savePolicy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPolicy.setText(getTranslation("cultivation.policy.new"));
        deletePolicy.setText(getTranslation("cultivation.policy.delete"));
        deletePolicy.addThemeVariants(ButtonVariant.LUMO_ERROR);
        policies.asSingleSelect().addValueChangeListener(e -> editPolicy(e.getValue()));
        newPolicy.addClickListener(e -> policies.asSingleSelect().clear());
        savePolicy.addClickListener(e -> save(
                () -> cultivation.savePolicy(new PolicyLine(
                        editedPolicy == null ? null : editedPolicy.id(),
                        editedPolicy == null ? 0 : editedPolicy.version(),
                        policyName.getValue(),
                        award.getValue(),
                        topN.getValue(),
                        minPoints.getValue(),
                        minRd.getValue(),
                        requiredTier.getValue())),
                Map.of(
                        "name",
                        policyName,
                        "award",
                        award,
                        "topN",
                        topN,
                        "minPoints",
                        minPoints,
                        "minRdExpenseWan",
                        minRd)));
        deletePolicy.addClickListener(e -> {
            PolicyLine p = editedPolicy;
            if (p != null && p.id() != null) {
                save(
                        () -> {
                            cultivation.deletePolicy(p.id(), p.version());
                            return p;
                        },
                        Map.of());
            }
        });
        editPolicy(null);
        FormLayout form = new FormLayout(policyName, award, topN, minPoints, minRd, requiredTier);
        HorizontalLayout buttons = new HorizontalLayout(savePolicy, newPolicy, deletePolicy);
        add(new H3(getTranslation("cultivation.policy.title")), policies, form, buttons);
    }

    private void editPolicy(@Nullable PolicyLine line) {
        editedPolicy = line;
        policyName.setValue(line == null || line.name() == null ? "" : line.name());
        award.setValue(line == null || line.award() == null ? "" : line.award());
        topN.setValue(line == null ? null : line.topN());
        minPoints.setValue(line == null ? null : line.minPoints());
        minRd.setValue(line == null ? null : line.minRdExpenseWan());
        requiredTier.setValue(line == null ? null : line.requiredTier());
        deletePolicy.setEnabled(line != null);
    }

    private void save(java.util.function.Supplier<?> action, Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.get();
            Notifications.success(getTranslation("cultivation.saved"));
            refresh();
        } catch (BusinessRuleException rule) {
            String message = getTranslation(rule.messageKey(), rule.args());
            HasValidation field = rule.field() == null ? null : fields.get(rule.field());
            if (field == null) {
                Notifications.error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("enterprise.conflict"));
            refresh();
        }
    }

    private void refresh() {
        indicators.setItems(cultivation.indicators());
        criteria.setItems(cultivation.criteria());
        policies.setItems(cultivation.policies());
        editPolicy(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cultivation.settings.nav");
    }
}

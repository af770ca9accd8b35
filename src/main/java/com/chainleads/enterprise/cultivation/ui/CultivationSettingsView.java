package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.ui.NarrowScreen;
import com.chainleads.base.ui.Notifications;
import com.chainleads.enterprise.cultivation.service.CriterionLine;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.service.IndicatorLine;
import com.chainleads.enterprise.cultivation.service.PolicyLine;
import com.chainleads.security.domain.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The 创新积分 model, the tiers' criteria and the reward policies at {@code /points/settings}, for administrators and
 * the 科技科: three tables, each with its form ({@link IndicatorForm}, {@link CriterionForm}, {@link PolicyForm}).
 * Saving a criterion or an indicator recomputes every firm's stored standing.
 */
@Route("points/settings")
@RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
public class CultivationSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<IndicatorLine> indicators = new Grid<>();
    final IndicatorForm indicatorForm = new IndicatorForm();
    final Grid<CriterionLine> criteria = new Grid<>();
    final CriterionForm criterionForm = new CriterionForm();
    final Grid<PolicyLine> policies = new Grid<>();
    final PolicyForm policyForm = new PolicyForm();

    private final CultivationService cultivation;
    /** Set while the grids are reloaded, so that losing their selection does not empty a form. */
    private boolean reloading;

    public CultivationSettingsView(CultivationService cultivation) {
        this.cultivation = cultivation;
        addClassName("cl-view");
        setWidthFull();
        Button back = new Button(
                getTranslation("cultivation.points.nav"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(PointsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph hint = new Paragraph(getTranslation("cultivation.settings.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(back, hint);
        indicatorsPart();
        criteriaPart();
        policiesPart();
        reload();
    }

    private void indicatorsPart() {
        indicators.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        indicators.addThemeName("wrap-cell-content");
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
                .setHeader(getTranslation("cultivation.field.weight"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        indicators
                .addColumn(l -> CriterionText.plain(l.cap()))
                .setHeader(getTranslation("cultivation.field.cap"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<IndicatorLine> perUnit = indicators
                .addColumn(l -> l.perUnit() == null ? "" : CriterionText.plain(l.perUnit()))
                .setHeader(getTranslation("cultivation.field.perUnit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<IndicatorLine> bands = indicators
                .addColumn(l -> l.bands() == null ? "" : l.bands())
                .setHeader(getTranslation("cultivation.field.bands"))
                .setKey("bands")
                .setFlexGrow(2);
        // on a phone the row names the indicator and its weight and cap; choosing it shows the rest in the form
        NarrowScreen.hideWhenNarrow(this, group, perUnit, bands);
        indicators.asSingleSelect().addValueChangeListener(e -> {
            if (!reloading) {
                indicatorForm.edit(e.getValue());
            }
        });
        indicatorForm.addSaveListener(e -> save(
                () -> cultivation.saveIndicator(e.line().id(), e.line().version(), e.line()),
                indicatorForm::showFieldError,
                () -> indicatorForm.edit(null),
                () -> find(cultivation.indicators(), e.line().id(), IndicatorLine::id)
                        .ifPresent(indicatorForm::rebase)));
        add(new H3(getTranslation("cultivation.settings.model")), indicators, indicatorForm);
    }

    private void criteriaPart() {
        criteria.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        criteria.addThemeName("wrap-cell-content");
        criteria.setAllRowsVisible(true);
        criteria.addColumn(c -> getTranslation(c.tier().translationKey()))
                .setHeader(getTranslation("cultivation.field.tier"))
                .setAutoWidth(true);
        criteria.addColumn(c -> getTranslation(c.kind().translationKey()))
                .setHeader(getTranslation("cultivation.field.criterion"))
                .setFlexGrow(2);
        Grid.Column<CriterionLine> band = criteria.addColumn(this::band)
                .setHeader(getTranslation("cultivation.field.band"))
                .setAutoWidth(true);
        criteria.addColumn(c -> "≥ " + CriterionText.plain(c.threshold())
                        + getTranslation("cultivation.unit." + c.kind().unit().name()))
                .setHeader(getTranslation("cultivation.field.threshold"))
                .setKey("threshold")
                .setAutoWidth(true);
        NarrowScreen.hideWhenNarrow(this, band);
        criteria.asSingleSelect().addValueChangeListener(e -> {
            if (!reloading) {
                criterionForm.edit(e.getValue());
            }
        });
        criterionForm.addSaveListener(e -> save(
                () -> cultivation.saveCriterion(e.line().id(), e.line().version(), e.threshold()),
                criterionForm::showFieldError,
                () -> criterionForm.edit(null),
                () -> find(cultivation.criteria(), e.line().id(), CriterionLine::id)
                        .ifPresent(criterionForm::rebase)));
        add(new H3(getTranslation("cultivation.settings.criteria")), criteria, criterionForm);
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
        policies.addThemeName("wrap-cell-content");
        policies.setAllRowsVisible(true);
        policies.addColumn(PolicyLine::name)
                .setHeader(getTranslation("cultivation.field.policyName"))
                .setFlexGrow(1);
        policies.addColumn(p -> PolicyText.rule(p, this::getTranslation))
                .setHeader(getTranslation("cultivation.field.rule"))
                .setFlexGrow(2);
        Grid.Column<PolicyLine> award = policies.addColumn(PolicyLine::award)
                .setHeader(getTranslation("cultivation.field.award"))
                .setFlexGrow(2);
        NarrowScreen.hideWhenNarrow(this, award);
        policies.asSingleSelect().addValueChangeListener(e -> {
            if (!reloading) {
                policyForm.edit(e.getValue());
            }
        });
        policyForm.addSaveListener(e -> save(
                () -> cultivation.savePolicy(e.policy()),
                policyForm::showFieldError,
                () -> policyForm.edit(null),
                () -> {
                    Long id = e.policy().id();
                    if (id != null) {
                        find(cultivation.policies(), id, PolicyLine::id).ifPresent(policyForm::rebase);
                    }
                }));
        policyForm.addDeleteListener(e -> {
            PolicyLine doomed = e.policy();
            Long id = doomed.id();
            if (id != null) {
                save(
                        () -> {
                            cultivation.deletePolicy(id, doomed.version());
                            return doomed;
                        },
                        (field, message) -> false,
                        () -> policyForm.edit(null),
                        () -> find(cultivation.policies(), id, PolicyLine::id).ifPresent(policyForm::rebase));
            }
        });
        add(new H3(getTranslation("cultivation.policy.title")), policies, policyForm);
    }

    private static <T> Optional<T> find(List<T> lines, long id, Function<T, @Nullable Long> idOf) {
        return lines.stream()
                .filter(line -> Objects.equals(idOf.apply(line), id))
                .findFirst();
    }

    /**
     * Runs a save. A refusal goes to its field; a colleague's save meanwhile reloads the tables, keeps what the
     * user typed in the form and says so: saving again then replaces the colleague's values knowingly.
     */
    private void save(
            Supplier<?> action, BiPredicate<String, String> atField, Runnable saved, Runnable rebaseOnConflict) {
        try {
            action.get();
            Notifications.success(getTranslation("cultivation.saved"));
            saved.run();
            reload();
        } catch (BusinessRuleException rule) {
            String message = getTranslation(rule.messageKey(), rule.args());
            if (rule.field() == null || !atField.test(rule.field(), message)) {
                Notifications.error(message);
            }
        } catch (OptimisticLockingFailureException conflict) {
            reload();
            rebaseOnConflict.run();
            Notifications.error(getTranslation("cultivation.conflict"));
        }
    }

    private void reload() {
        reloading = true;
        try {
            indicators.setItems(cultivation.indicators());
            criteria.setItems(cultivation.criteria());
            policies.setItems(cultivation.policies());
        } finally {
            reloading = false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cultivation.settings.nav");
    }
}

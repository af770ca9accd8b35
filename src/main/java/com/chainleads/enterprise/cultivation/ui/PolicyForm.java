package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.base.ui.FieldErrors;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.service.PolicyLine;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A reward policy (免申即享): name, award and its rule over points, rank, R&D and tier. Owns its Binder; fires
 * {@link SaveEvent} for a new or changed policy and {@link DeleteEvent}; "新增政策" empties it for a new one.
 */
class PolicyForm extends VerticalLayout {

    final TextField name = new TextField();
    final TextField award = new TextField();
    final IntegerField topN = new IntegerField();
    final BigDecimalField minPoints = new BigDecimalField();
    final BigDecimalField minRd = new BigDecimalField();
    final Select<CultivationTier> requiredTier = new Select<>();
    final Button save = new Button();
    final Button newPolicy = new Button();
    final Button delete = new Button();

    private final Binder<Values> binder = new Binder<>();
    private @Nullable PolicyLine edited;

    PolicyForm() {
        setPadding(false);
        name.setLabel(getTranslation("cultivation.field.policyName"));
        name.setMaxLength(CultivationService.MAX_NAME);
        award.setLabel(getTranslation("cultivation.field.award"));
        award.setMaxLength(CultivationService.MAX_AWARD);
        topN.setLabel(getTranslation("cultivation.field.topN"));
        minPoints.setLabel(getTranslation("cultivation.field.minPoints"));
        minRd.setLabel(getTranslation("cultivation.field.minRd"));
        requiredTier.setLabel(getTranslation("cultivation.field.requiredTier"));
        requiredTier.setItems(Arrays.asList(CultivationTier.values()));
        requiredTier.setEmptySelectionAllowed(true);
        requiredTier.setEmptySelectionCaption(getTranslation("cultivation.tier.any"));
        requiredTier.setItemLabelGenerator(
                t -> t == null ? getTranslation("cultivation.tier.any") : getTranslation(t.translationKey()));
        binder.forField(name)
                .asRequired(getTranslation("cultivation.error.text", CultivationService.MAX_NAME))
                .bind(Values::getName, Values::setName);
        binder.forField(award)
                .asRequired(getTranslation("cultivation.error.text", CultivationService.MAX_AWARD))
                .bind(Values::getAward, Values::setAward);
        binder.forField(topN)
                .withValidator(v -> v == null || v >= 1, getTranslation("cultivation.error.topN"))
                .bind(Values::getTopN, Values::setTopN);
        binder.forField(minPoints)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("enterprise.error.negative"))
                .bind(Values::getMinPoints, Values::setMinPoints);
        binder.forField(minRd)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("enterprise.error.negative"))
                .bind(Values::getMinRd, Values::setMinRd);
        binder.forField(requiredTier).bind(Values::getRequiredTier, Values::setRequiredTier);

        save.setText(getTranslation("cultivation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPolicy.setText(getTranslation("cultivation.policy.new"));
        delete.setText(getTranslation("cultivation.policy.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> {
            Values values = new Values();
            if (binder.writeBeanIfValid(values)) {
                PolicyLine line = edited;
                fireEvent(new SaveEvent(
                        this,
                        new PolicyLine(
                                line == null ? null : line.id(),
                                line == null ? 0 : line.version(),
                                values.name,
                                values.award,
                                values.topN,
                                values.minPoints,
                                values.minRd,
                                values.requiredTier)));
            }
        });
        newPolicy.addClickListener(e -> edit(null));
        delete.addClickListener(e -> {
            PolicyLine line = edited;
            if (line != null && line.id() != null) {
                fireEvent(new DeleteEvent(this, line));
            }
        });
        FormLayout fields = new FormLayout(name, award, topN, minPoints, minRd, requiredTier);
        HorizontalLayout buttons = new HorizontalLayout(save, newPolicy, delete);
        buttons.setWrap(true);
        add(fields, buttons);
        edit(null);
    }

    /** Shows {@code line} to edit, or an empty form for a new policy. */
    void edit(@Nullable PolicyLine line) {
        edited = line;
        Values values = new Values();
        if (line != null) {
            values.name = line.name() == null ? "" : line.name();
            values.award = line.award() == null ? "" : line.award();
            values.topN = line.topN();
            values.minPoints = line.minPoints();
            values.minRd = line.minRdExpenseWan();
            values.requiredTier = line.requiredTier();
        }
        binder.readBean(values);
        delete.setEnabled(line != null && line.id() != null);
    }

    /** After a colleague's save: the stored policy becomes the one saved against, the typed values stay. */
    void rebase(PolicyLine stored) {
        edited = stored;
        delete.setEnabled(stored.id() != null);
    }

    @Nullable
    PolicyLine edited() {
        return edited;
    }

    boolean showFieldError(String field, String message) {
        return FieldErrors.show(
                Map.of("name", name, "award", award, "topN", topN, "minPoints", minPoints, "minRdExpenseWan", minRd),
                field,
                message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<PolicyForm> {
        private final PolicyLine policy;

        SaveEvent(PolicyForm source, PolicyLine policy) {
            super(source, false);
            this.policy = policy;
        }

        PolicyLine policy() {
            return policy;
        }
    }

    static final class DeleteEvent extends ComponentEvent<PolicyForm> {
        private final PolicyLine policy;

        DeleteEvent(PolicyForm source, PolicyLine policy) {
            super(source, false);
            this.policy = policy;
        }

        PolicyLine policy() {
            return policy;
        }
    }

    /** The Binder's bean. */
    static final class Values {
        private String name = "";
        private String award = "";
        private @Nullable Integer topN;
        private @Nullable BigDecimal minPoints;
        private @Nullable BigDecimal minRd;
        private @Nullable CultivationTier requiredTier;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getAward() {
            return award;
        }

        void setAward(String award) {
            this.award = award;
        }

        @Nullable
        Integer getTopN() {
            return topN;
        }

        void setTopN(@Nullable Integer topN) {
            this.topN = topN;
        }

        @Nullable
        BigDecimal getMinPoints() {
            return minPoints;
        }

        void setMinPoints(@Nullable BigDecimal minPoints) {
            this.minPoints = minPoints;
        }

        @Nullable
        BigDecimal getMinRd() {
            return minRd;
        }

        void setMinRd(@Nullable BigDecimal minRd) {
            this.minRd = minRd;
        }

        @Nullable
        CultivationTier getRequiredTier() {
            return requiredTier;
        }

        void setRequiredTier(@Nullable CultivationTier requiredTier) {
            this.requiredTier = requiredTier;
        }
    }
}

package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.base.ui.FieldErrors;
import com.chainleads.enterprise.cultivation.domain.PointsModel;
import com.chainleads.enterprise.cultivation.service.CultivationService;
import com.chainleads.enterprise.cultivation.service.IndicatorLine;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the 创新积分 model: weight, cap, and points per unit or in bands. Owns its Binder, checks as
 * typed what the service checks again, and fires {@link SaveEvent} with the changed line.
 */
class IndicatorForm extends FormLayout {

    final BigDecimalField weight = new BigDecimalField();
    final BigDecimalField cap = new BigDecimalField();
    final BigDecimalField perUnit = new BigDecimalField();
    final TextField bands = new TextField();
    final Button save = new Button();

    private final Binder<Values> binder = new Binder<>();
    private @Nullable IndicatorLine edited;

    IndicatorForm() {
        weight.setLabel(getTranslation("cultivation.field.weight"));
        cap.setLabel(getTranslation("cultivation.field.cap"));
        perUnit.setLabel(getTranslation("cultivation.field.perUnit"));
        bands.setLabel(getTranslation("cultivation.field.bands"));
        bands.setHelperText(getTranslation("cultivation.field.bands.help"));
        bands.setMaxLength(200);
        String range = getTranslation("cultivation.error.range", CultivationService.MAX_WEIGHT.toPlainString());
        binder.forField(weight)
                .asRequired(range)
                .withValidator(v -> v.signum() >= 0 && v.compareTo(CultivationService.MAX_WEIGHT) <= 0, range)
                .bind(Values::getWeight, Values::setWeight);
        binder.forField(cap)
                .asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.signum() >= 0, getTranslation("enterprise.error.negative"))
                .bind(Values::getCap, Values::setCap);
        binder.forField(perUnit)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("enterprise.error.negative"))
                .bind(Values::getPerUnit, Values::setPerUnit);
        binder.forField(bands)
                .withValidator(IndicatorForm::parses, getTranslation("cultivation.error.bands"))
                .bind(Values::getBands, Values::setBands);
        save.setText(getTranslation("cultivation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Values values = new Values();
            IndicatorLine line = edited;
            if (line != null && binder.writeBeanIfValid(values)) {
                fireEvent(new SaveEvent(
                        this,
                        new IndicatorLine(
                                line.id(),
                                line.version(),
                                line.indicator(),
                                Objects.requireNonNull(values.weight),
                                Objects.requireNonNull(values.cap),
                                values.perUnit,
                                values.bands)));
            }
        });
        add(weight, cap, perUnit, bands, save);
        edit(null);
    }

    private static boolean parses(@Nullable String text) {
        try {
            PointsModel.Band.parse(text == null || text.isBlank() ? null : text.strip());
            return true;
        } catch (IllegalArgumentException bad) {
            return false;
        }
    }

    /** Shows {@code line} to edit; {@code null} empties and disables the form. */
    void edit(@Nullable IndicatorLine line) {
        edited = line;
        Values values = new Values();
        if (line != null) {
            values.weight = line.weight();
            values.cap = line.cap();
            values.perUnit = line.perUnit();
            values.bands = line.bands() == null ? "" : line.bands();
        }
        binder.readBean(values);
        setEnabled(line != null);
    }

    /** After a colleague's save: the stored line becomes the one saved against, the typed values stay. */
    void rebase(IndicatorLine stored) {
        edited = stored;
    }

    @Nullable
    IndicatorLine edited() {
        return edited;
    }

    boolean showFieldError(String field, String message) {
        return FieldErrors.show(
                Map.of("weight", weight, "cap", cap, "perUnit", perUnit, "bands", bands), field, message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<IndicatorForm> {
        private final IndicatorLine line;

        SaveEvent(IndicatorForm source, IndicatorLine line) {
            super(source, false);
            this.line = line;
        }

        IndicatorLine line() {
            return line;
        }
    }

    /** The Binder's bean. */
    static final class Values {
        private @Nullable BigDecimal weight;
        private @Nullable BigDecimal cap;
        private @Nullable BigDecimal perUnit;
        private String bands = "";

        @Nullable
        BigDecimal getWeight() {
            return weight;
        }

        void setWeight(@Nullable BigDecimal weight) {
            this.weight = weight;
        }

        @Nullable
        BigDecimal getCap() {
            return cap;
        }

        void setCap(@Nullable BigDecimal cap) {
            this.cap = cap;
        }

        @Nullable
        BigDecimal getPerUnit() {
            return perUnit;
        }

        void setPerUnit(@Nullable BigDecimal perUnit) {
            this.perUnit = perUnit;
        }

        String getBands() {
            return bands;
        }

        void setBands(String bands) {
            this.bands = bands;
        }
    }
}

package com.chainleads.enterprise.cultivation.ui;

import com.chainleads.base.ui.FieldErrors;
import com.chainleads.enterprise.cultivation.service.CriterionLine;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The threshold of one criterion of a tier (e.g. 高新's R&D share in a revenue band). Fires {@link SaveEvent}. */
class CriterionForm extends HorizontalLayout {

    final BigDecimalField threshold = new BigDecimalField();
    final Button save = new Button();

    private final Binder<Holder> binder = new Binder<>();
    private @Nullable CriterionLine edited;

    CriterionForm() {
        threshold.setLabel(getTranslation("cultivation.field.threshold"));
        binder.forField(threshold)
                .asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.signum() >= 0, getTranslation("enterprise.error.negative"))
                .bind(h -> h.threshold, (h, v) -> h.threshold = v);
        save.setText(getTranslation("cultivation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Holder holder = new Holder();
            CriterionLine line = edited;
            if (line != null && binder.writeBeanIfValid(holder)) {
                fireEvent(new SaveEvent(this, line, Objects.requireNonNull(holder.threshold)));
            }
        });
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(threshold, save);
        edit(null);
    }

    void edit(@Nullable CriterionLine line) {
        edited = line;
        Holder holder = new Holder();
        holder.threshold = line == null ? null : line.threshold();
        binder.readBean(holder);
        setEnabled(line != null);
    }

    /** After a colleague's save: the stored line becomes the one saved against, the typed threshold stays. */
    void rebase(CriterionLine stored) {
        edited = stored;
    }

    @Nullable
    CriterionLine edited() {
        return edited;
    }

    boolean showFieldError(String field, String message) {
        return FieldErrors.show(Map.of("threshold", threshold), field, message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<CriterionForm> {
        private final CriterionLine line;
        private final BigDecimal threshold;

        SaveEvent(CriterionForm source, CriterionLine line, BigDecimal threshold) {
            super(source, false);
            this.line = line;
            this.threshold = threshold;
        }

        CriterionLine line() {
            return line;
        }

        BigDecimal threshold() {
            return threshold;
        }
    }

    private static final class Holder {
        private @Nullable BigDecimal threshold;
    }
}

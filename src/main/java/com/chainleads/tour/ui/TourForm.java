package com.chainleads.tour.ui;

import com.chainleads.base.ui.DatePickers;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.tour.domain.Tour;
import com.chainleads.tour.service.TourCommand;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A tour's name and day, in a row on a wide screen. Owns its Binder; fires {@link SaveEvent} with the command. */
class TourForm extends HorizontalLayout {

    final TextField name = new TextField();
    final DatePicker tourDate = new DatePicker();
    final Button save = new Button();

    private final Binder<Values> binder = new Binder<>();

    TourForm() {
        name.setLabel(getTranslation("tour.field.name"));
        name.setMaxLength(Tour.MAX_NAME);
        tourDate.setLabel(getTranslation("tour.field.tourDate"));
        tourDate.setI18n(DatePickers.i18n(getLocale()));
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .bind(v -> v.name, (v, value) -> v.name = value);
        binder.forField(tourDate)
                .asRequired(getTranslation("validation.required"))
                .bind(v -> v.tourDate, (v, value) -> v.tourDate = value);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Values values = new Values();
            if (binder.writeBeanIfValid(values)) {
                fireEvent(new SaveEvent(this, new TourCommand(values.name, values.tourDate)));
            }
        });
        // the row takes the view's width, so the fields sit side by side on a wide screen; on a phone each field
        // takes the screen's width, one under the other (.cl-tour-form in chainleads.css)
        addClassName("cl-tour-form");
        setWidthFull();
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(name, tourDate, save);
    }

    void show(String tourName, LocalDate day) {
        Values values = new Values();
        values.name = tourName;
        values.tourDate = day;
        binder.readBean(values);
    }

    boolean showFieldError(String field, String message) {
        return FieldErrors.show(Map.of("name", name, "tourDate", tourDate), field, message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<TourForm> {
        private final TourCommand command;

        SaveEvent(TourForm source, TourCommand command) {
            super(source, false);
            this.command = command;
        }

        TourCommand command() {
            return command;
        }
    }

    private static final class Values {
        private String name = "";
        private @Nullable LocalDate tourDate;
    }
}

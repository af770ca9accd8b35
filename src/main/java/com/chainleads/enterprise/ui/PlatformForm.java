package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.DatePickers;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.PlatformType;
import com.chainleads.enterprise.service.PlatformCommand;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/** Adds an innovation platform: name, type, level, the day it was recognised. Fires {@link AddEvent}. */
public class PlatformForm extends HorizontalLayout {

    final TextField name = new TextField();
    final Select<PlatformType> type = new Select<>();
    final Select<PlatformLevel> level = new Select<>();
    final DatePicker recognisedOn = new DatePicker();
    final Button add = new Button();

    public PlatformForm() {
        name.setLabel(getTranslation("enterprise.field.platformName"));
        name.setMaxLength(200);
        name.setMinWidth("18em");
        type.setLabel(getTranslation("enterprise.field.platformType"));
        type.setItems(PlatformType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        level.setLabel(getTranslation("enterprise.field.platformLevel"));
        level.setItems(PlatformLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation(l.translationKey()));
        recognisedOn.setLabel(getTranslation("enterprise.field.recognisedOn"));
        recognisedOn.setI18n(DatePickers.i18n(getLocale()));
        add.setText(getTranslation("enterprise.platform.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> fireEvent(new AddEvent(
                this,
                new PlatformCommand(name.getValue(), type.getValue(), level.getValue(), recognisedOn.getValue()))));
        add(name, type, level, recognisedOn, add);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    public void clear() {
        name.clear();
        type.clear();
        level.clear();
        recognisedOn.clear();
    }

    public boolean showFieldError(String field, String message) {
        return FieldErrors.show(
                Map.of("name", name, "type", type, "level", level, "recognisedOn", recognisedOn), field, message);
    }

    public Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    public static final class AddEvent extends ComponentEvent<PlatformForm> {
        private final PlatformCommand command;

        AddEvent(PlatformForm source, PlatformCommand command) {
            super(source, false);
            this.command = command;
        }

        public PlatformCommand command() {
            return command;
        }
    }
}

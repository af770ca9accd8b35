package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.DatePickers;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.service.TierCommand;
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

/**
 * Records a tier granted: the tier, the day it was granted (required — the ladder counts from it), the last valid
 * day (left empty, the tier's validity decides) and the certificate number. Fires {@link AddEvent}.
 */
public class TierForm extends HorizontalLayout {

    final Select<CultivationTier> tier = new Select<>();
    final DatePicker grantedOn = new DatePicker();
    final DatePicker validUntil = new DatePicker();
    final TextField certificateNo = new TextField();
    final Button add = new Button();

    public TierForm() {
        tier.setLabel(getTranslation("enterprise.field.tier"));
        tier.setItems(CultivationTier.values());
        tier.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        grantedOn.setLabel(getTranslation("enterprise.field.grantedOn"));
        validUntil.setLabel(getTranslation("enterprise.field.validUntil"));
        validUntil.setHelperText(getTranslation("enterprise.tier.validUntilHelp"));
        certificateNo.setLabel(getTranslation("enterprise.field.certificateNo"));
        certificateNo.setMaxLength(60);
        grantedOn.setI18n(DatePickers.i18n(getLocale()));
        validUntil.setI18n(DatePickers.i18n(getLocale()));
        add.setText(getTranslation("enterprise.tier.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> fireEvent(new AddEvent(
                this,
                new TierCommand(
                        tier.getValue(), grantedOn.getValue(), validUntil.getValue(), certificateNo.getValue()))));
        add(tier, grantedOn, validUntil, certificateNo, add);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    public void clear() {
        tier.clear();
        grantedOn.clear();
        validUntil.clear();
        certificateNo.clear();
        tier.setInvalid(false);
        grantedOn.setInvalid(false);
        validUntil.setInvalid(false);
    }

    public boolean showFieldError(String field, String message) {
        return FieldErrors.show(Map.of("tier", tier, "grantedOn", grantedOn, "validUntil", validUntil), field, message);
    }

    public Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    public static final class AddEvent extends ComponentEvent<TierForm> {
        private final TierCommand command;

        AddEvent(TierForm source, TierCommand command) {
            super(source, false);
            this.command = command;
        }

        public TierCommand command() {
            return command;
        }
    }
}

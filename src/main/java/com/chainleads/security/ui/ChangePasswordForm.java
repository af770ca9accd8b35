package com.chainleads.security.ui;

import com.chainleads.base.ui.FieldErrors;
import com.chainleads.security.service.PasswordPolicy;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/**
 * The current password, the new one twice. Checks what it can before the server does (required, length,
 * both entries alike) and fires {@link ChangeEvent}; the server's refusals come back through
 * {@link #showFieldError}.
 */
public class ChangePasswordForm extends VerticalLayout {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button submit = new Button();

    private final Binder<Entries> binder = new Binder<>(Entries.class);
    private final Entries entries = new Entries();

    public ChangePasswordForm() {
        setPadding(false);
        addClassName("cl-password-form");
        currentPassword.setLabel(getTranslation("security.password.current"));
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("security.password.new"));
        newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmPassword.setLabel(getTranslation("security.password.confirm"));
        confirmPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);

        binder.forField(currentPassword)
                .asRequired(getTranslation("validation.required"))
                .bind(Entries::getCurrent, Entries::setCurrent);
        binder.forField(newPassword)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        value -> value.length() >= PasswordPolicy.MIN_LENGTH,
                        getTranslation("password.tooShort", PasswordPolicy.MIN_LENGTH))
                .bind(Entries::getNext, Entries::setNext);
        binder.forField(confirmPassword)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        value -> value.equals(newPassword.getValue()), getTranslation("security.password.mismatch"))
                .bind(Entries::getConfirm, Entries::setConfirm);

        FormLayout fields = new FormLayout(currentPassword, newPassword, confirmPassword);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        submit.setText(getTranslation("security.password.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> validateAndFire());
        add(fields, submit);
    }

    private void validateAndFire() {
        if (binder.writeBeanIfValid(entries)) {
            fireEvent(new ChangeEvent(this, entries.getCurrent(), entries.getNext()));
        }
    }

    /** Shows a message the server returned for a field; {@code false} when the field is not on this form. */
    public boolean showFieldError(String field, String message) {
        return FieldErrors.show(Map.of("currentPassword", currentPassword, "newPassword", newPassword), field, message);
    }

    public void clear() {
        currentPassword.clear();
        newPassword.clear();
        confirmPassword.clear();
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The user asks to replace {@code currentPassword} with {@code newPassword}. */
    public static final class ChangeEvent extends ComponentEvent<ChangePasswordForm> {
        private final String currentPassword;
        private final String newPassword;

        ChangeEvent(ChangePasswordForm source, String currentPassword, String newPassword) {
            super(source, false);
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }

        public String currentPassword() {
            return currentPassword;
        }

        public String newPassword() {
            return newPassword;
        }
    }

    /** What is typed in the three fields. */
    static final class Entries {
        private String current = "";
        private String next = "";
        private String confirm = "";

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getNext() {
            return next;
        }

        void setNext(String next) {
            this.next = next;
        }

        String getConfirm() {
            return confirm;
        }

        void setConfirm(String confirm) {
            this.confirm = confirm;
        }
    }
}

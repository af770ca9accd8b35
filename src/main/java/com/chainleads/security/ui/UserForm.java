package com.chainleads.security.ui;

import com.chainleads.base.ui.FieldErrors;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.PasswordPolicy;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserAdminService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;

/**
 * Create or edit a user: username (only when creating), name, role, unit and, when creating, the initial
 * password. Fires {@link SaveEvent} with the validated data and {@link CancelEvent}.
 */
public class UserForm extends VerticalLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<UnitOption> unit = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<UserFormData> binder = new Binder<>(UserFormData.class);
    private UserFormData data = UserFormData.forNewUser();

    public UserForm(List<UnitOption> units) {
        setPadding(false);
        username.setLabel(getTranslation("admin.user.username"));
        username.setHelperText(getTranslation("admin.user.usernameHelp"));
        username.setValueChangeMode(ValueChangeMode.EAGER);
        displayName.setLabel(getTranslation("admin.user.displayName"));
        displayName.setMaxLength(100);
        role.setLabel(getTranslation("admin.user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        unit.setLabel(getTranslation("admin.user.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        password.setLabel(getTranslation("admin.user.initialPassword"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));

        binder.forField(username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        value -> !data.isNew()
                                || UserAdminService.USERNAME
                                        .matcher(value.strip())
                                        .matches(),
                        getTranslation("admin.user.error.username"))
                .bind(UserFormData::getUsername, UserFormData::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .bind(UserFormData::getDisplayName, UserFormData::setDisplayName);
        binder.forField(role)
                .asRequired(getTranslation("validation.required"))
                .bind(UserFormData::getRole, UserFormData::setRole);
        binder.forField(unit)
                .withValidator((value, context) -> value == null && role.getValue() == Role.OFFICER
                        ? ValidationResult.error(getTranslation("admin.user.error.unitRequired"))
                        : ValidationResult.ok())
                .bind(UserFormData::getUnit, UserFormData::setUnit);
        binder.forField(password)
                .withValidator(
                        value -> !data.isNew() || value.length() >= PasswordPolicy.MIN_LENGTH,
                        getTranslation("password.tooShort", PasswordPolicy.MIN_LENGTH))
                .bind(UserFormData::getPassword, UserFormData::setPassword);
        role.addValueChangeListener(e -> binder.validate());

        FormLayout fields = new FormLayout(username, displayName, role, unit, password);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(fields, new HorizontalLayout(save, cancel));
    }

    public void setUser(UserFormData user) {
        this.data = user;
        binder.readBean(user);
        username.setReadOnly(!user.isNew());
        password.setVisible(user.isNew());
    }

    private void validateAndSave() {
        // the fields keep what was typed, so a save refused by the server loses nothing
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, data));
        }
    }

    /** Shows a message the server returned for one of the fields; {@code false} when the field is unknown. */
    public boolean showFieldError(String field, String message) {
        return FieldErrors.show(
                Map.of(
                        "username",
                        username,
                        "displayName",
                        displayName,
                        "role",
                        role,
                        "unit",
                        unit,
                        "password",
                        password),
                field,
                message);
    }

    public static final class SaveEvent extends ComponentEvent<UserForm> {
        private final UserFormData user;

        SaveEvent(UserForm source, UserFormData user) {
            super(source, false);
            this.user = user;
        }

        public UserFormData user() {
            return user;
        }
    }

    public static final class CancelEvent extends ComponentEvent<UserForm> {
        CancelEvent(UserForm source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}

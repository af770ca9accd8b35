package com.chainleads.coordination.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.ui.DatePickers;
import com.chainleads.coordination.domain.IssueRules;
import com.chainleads.coordination.domain.IssueType;
import com.chainleads.coordination.service.DepartmentRow;
import com.chainleads.coordination.service.IssueDraft;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Raising or editing an issue: type, responsible department, deadline (not before today when set) and description.
 * Fires {@link SaveEvent} with the draft; what was typed stays on screen until the owner closes the form.
 */
public class IssueForm extends FormLayout {

    final Select<IssueType> type = new Select<>();
    final ComboBox<DepartmentRow> department = new ComboBox<>();
    final DatePicker deadline = new DatePicker();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<IssueDraft> binder = new Binder<>(IssueDraft.class);
    private final List<DepartmentRow> departments;
    private IssueDraft draft = new IssueDraft();

    /**
     * @param departments the active departments, plus the issue's own when it was deactivated since
     * @param previousDeadline the issue's deadline when editing (it may stay although past), else {@code null}
     */
    public IssueForm(List<DepartmentRow> departments, LocalDate today, @Nullable LocalDate previousDeadline) {
        this.departments = departments;
        addClassName("cl-issue-form");
        type.setLabel(getTranslation("coordination.field.type"));
        type.setItems(IssueType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.translationKey()));
        department.setLabel(getTranslation("coordination.field.departmentId"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        deadline.setLabel(getTranslation("coordination.field.deadline"));
        deadline.setI18n(DatePickers.i18n(getLocale()));
        // no min on the picker: the binder says why a past day is refused, at the field
        description.setLabel(getTranslation("coordination.field.description"));
        description.setMaxLength(IssueRules.MAX_DESCRIPTION);
        description.setMinHeight("6em");
        description.setHelperText(getTranslation("coordination.field.descriptionHelp"));
        String required = getTranslation("coordination.error.required");
        binder.forField(type).asRequired(required).bind(IssueDraft::getType, IssueDraft::setType);
        binder.forField(department)
                .asRequired(required)
                .bind(
                        d -> departments.stream()
                                .filter(row -> Objects.equals(row.id(), d.getDepartmentId()))
                                .findFirst()
                                .orElse(null),
                        (d, row) -> d.setDepartmentId(row == null ? null : row.id()));
        binder.forField(deadline)
                .asRequired(required)
                .withValidator(
                        date -> !date.isBefore(today) || date.equals(previousDeadline),
                        getTranslation("coordination.error.deadlinePast"))
                .bind(IssueDraft::getDeadline, IssueDraft::setDeadline);
        binder.forField(description)
                .asRequired(required)
                .withValidator(
                        text -> text.strip().length() >= IssueRules.MIN_DESCRIPTION,
                        getTranslation("coordination.error.tooShort", IssueRules.MIN_DESCRIPTION))
                .bind(IssueDraft::getDescription, IssueDraft::setDescription);
        save.setText(getTranslation("coordination.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("coordination.action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        add(type, department, deadline);
        add(description, 2);
        add(buttons, 2);
    }

    void setDraft(IssueDraft value) {
        this.draft = value;
        binder.readBean(value);
    }

    /** Validates and fires {@link SaveEvent}; the input stays on screen. */
    boolean save() {
        IssueDraft written = new IssueDraft();
        if (binder.writeBeanIfValid(written)) {
            draft = written;
            fireEvent(new SaveEvent(this, written));
            return true;
        }
        return false;
    }

    /** Puts the server's messages at their fields; returns those that belong to no field of this form. */
    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields =
                Map.of("type", type, "departmentId", department, "deadline", deadline, "description", description);
        List<FieldProblem> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = problem.field() == null ? null : fields.get(problem.field());
            if (field == null) {
                unplaced.add(problem);
            } else {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    IssueDraft draft() {
        return draft;
    }

    List<DepartmentRow> departments() {
        return departments;
    }

    public static final class SaveEvent extends ComponentEvent<IssueForm> {
        private final IssueDraft draft;

        SaveEvent(IssueForm source, IssueDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public IssueDraft draft() {
            return draft;
        }
    }

    public static final class CancelEvent extends ComponentEvent<IssueForm> {
        CancelEvent(IssueForm source) {
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

package com.chainleads.coordination.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.coordination.domain.Department;
import com.chainleads.coordination.service.DepartmentCommand;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A department's code (new ones only) and names. Fires {@link SaveEvent}; the input stays on screen. */
public class DepartmentForm extends FormLayout {

    /** The form's bean. */
    public static final class Values {
        private String code = "";
        private String nameZh = "";
        private String nameEn = "";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? "" : code;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh == null ? "" : nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn == null ? "" : nameEn;
        }
    }

    final TextField code = new TextField();
    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Values> binder = new Binder<>(Values.class);

    public DepartmentForm(boolean creating) {
        code.setLabel(getTranslation("coordination.department.code"));
        code.setMaxLength(Department.MAX_CODE);
        code.setHelperText(getTranslation("coordination.department.codeHelp"));
        code.setReadOnly(!creating);
        nameZh.setLabel(getTranslation("coordination.department.nameZh"));
        nameZh.setMaxLength(Department.MAX_NAME_ZH);
        nameEn.setLabel(getTranslation("coordination.department.nameEn"));
        nameEn.setMaxLength(Department.MAX_NAME_EN);
        String required = getTranslation("coordination.error.required");
        binder.forField(code).asRequired(required).bind(Values::getCode, Values::setCode);
        binder.forField(nameZh).asRequired(required).bind(Values::getNameZh, Values::setNameZh);
        binder.forField(nameEn).asRequired(required).bind(Values::getNameEn, Values::setNameEn);
        binder.setBean(new Values());
        save.setText(getTranslation("coordination.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("coordination.action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(code, nameZh, nameEn, new HorizontalLayout(save, cancel));
    }

    void setValues(String codeValue, String zh, String en) {
        Values values = new Values();
        values.setCode(codeValue);
        values.setNameZh(zh);
        values.setNameEn(en);
        binder.setBean(values);
    }

    boolean save() {
        if (binder.validate().isOk()) {
            Values values = binder.getBean();
            fireEvent(new SaveEvent(
                    this, new DepartmentCommand(values.getCode(), values.getNameZh(), values.getNameEn())));
            return true;
        }
        return false;
    }

    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = Map.of("code", code, "nameZh", nameZh, "nameEn", nameEn);
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

    public static final class SaveEvent extends ComponentEvent<DepartmentForm> {
        private final DepartmentCommand command;

        SaveEvent(DepartmentForm source, DepartmentCommand command) {
            super(source, false);
            this.command = command;
        }

        public DepartmentCommand command() {
            return command;
        }
    }

    public static final class CancelEvent extends ComponentEvent<DepartmentForm> {
        CancelEvent(DepartmentForm source) {
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

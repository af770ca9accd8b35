package com.chainleads.lead.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.ui.DatePickers;
import com.chainleads.lead.domain.FollowUpMethod;
import com.chainleads.lead.service.FollowUpDraft;
import com.chainleads.lead.service.FollowUpRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One follow-up: date, method, people met, content, next step and next date. Fires {@link SaveEvent}. */
public class FollowUpForm extends FormLayout {

    final DatePicker followUpOn = new DatePicker();
    final Select<FollowUpMethod> method = new Select<>();
    final TextField peopleMet = new TextField();
    final TextArea content = new TextArea();
    final TextField nextStep = new TextField();
    final DatePicker nextFollowUpOn = new DatePicker();

    private final Binder<FollowUpDraft> binder = new Binder<>(FollowUpDraft.class);
    private FollowUpDraft draft = new FollowUpDraft();

    public FollowUpForm(LocalDate today) {
        followUpOn.setLabel(getTranslation("lead.field.followUpOn"));
        followUpOn.setMax(today);
        method.setLabel(getTranslation("lead.field.method"));
        method.setItems(FollowUpMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.translationKey()));
        peopleMet.setLabel(getTranslation("lead.field.peopleMet"));
        peopleMet.setMaxLength(FollowUpRules.MAX_PEOPLE_MET);
        content.setLabel(getTranslation("lead.field.content"));
        content.setMaxLength(FollowUpRules.MAX_CONTENT);
        content.setMinHeight("6em");
        nextStep.setLabel(getTranslation("lead.field.nextStep"));
        nextStep.setMaxLength(FollowUpRules.MAX_NEXT_STEP);
        nextFollowUpOn.setLabel(getTranslation("lead.field.nextFollowUpOn"));
        for (DatePicker picker : List.of(followUpOn, nextFollowUpOn)) {
            picker.setI18n(DatePickers.i18n(getLocale()));
        }
        String required = getTranslation("lead.error.required");
        binder.forField(followUpOn)
                .asRequired(required)
                .withValidator(date -> !date.isAfter(today), getTranslation("lead.error.future"))
                .bind(FollowUpDraft::getFollowUpOn, FollowUpDraft::setFollowUpOn);
        binder.forField(method).asRequired(required).bind(FollowUpDraft::getMethod, FollowUpDraft::setMethod);
        binder.forField(peopleMet).bind(FollowUpDraft::getPeopleMet, FollowUpDraft::setPeopleMet);
        binder.forField(content).asRequired(required).bind(FollowUpDraft::getContent, FollowUpDraft::setContent);
        binder.forField(nextStep).bind(FollowUpDraft::getNextStep, FollowUpDraft::setNextStep);
        binder.forField(nextFollowUpOn)
                .withValidator(
                        date -> date == null || followUpOn.getValue() == null || !date.isBefore(followUpOn.getValue()),
                        getTranslation("lead.followUp.error.nextBeforeDate"))
                .bind(FollowUpDraft::getNextFollowUpOn, FollowUpDraft::setNextFollowUpOn);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
        add(followUpOn, method, peopleMet, nextFollowUpOn, content, nextStep);
        setColspan(content, 2);
        setColspan(nextStep, 2);
    }

    void setFollowUp(FollowUpDraft value) {
        this.draft = value;
        binder.readBean(value);
    }

    /** Validates and fires {@link SaveEvent}; the input stays on screen. */
    boolean save() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
            return true;
        }
        return false;
    }

    void showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = Map.of(
                "followUpOn",
                followUpOn,
                "method",
                method,
                "peopleMet",
                peopleMet,
                "content",
                content,
                "nextStep",
                nextStep,
                "nextFollowUpOn",
                nextFollowUpOn);
        problems.forEach(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                field.setInvalid(true);
            }
        });
    }

    public static final class SaveEvent extends ComponentEvent<FollowUpForm> {
        private final FollowUpDraft draft;

        SaveEvent(FollowUpForm source, FollowUpDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public FollowUpDraft draft() {
            return draft;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}

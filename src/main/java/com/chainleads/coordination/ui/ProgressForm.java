package com.chainleads.coordination.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.coordination.domain.IssueRules;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.service.ProgressDraft;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Working an issue: move it forward (交办 → 办理中 → 已办结) or keep its status, with the department's reply — required
 * to close. Fires {@link SaveEvent}; what was typed stays on screen until the owner closes the form.
 */
public class ProgressForm extends FormLayout {

    final Select<IssueStatus> status = new Select<>();
    final TextArea reply = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<ProgressDraft> binder = new Binder<>(ProgressDraft.class);

    public ProgressForm(IssueStatus current) {
        addClassName("cl-issue-progress-form");
        status.setLabel(getTranslation("coordination.field.status"));
        status.setItems(Arrays.stream(IssueStatus.values())
                .filter(s -> s == current || current.canMoveTo(s))
                .toList());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        reply.setLabel(getTranslation("coordination.field.reply"));
        reply.setMaxLength(IssueRules.MAX_REPLY);
        reply.setMinHeight("6em");
        reply.setHelperText(getTranslation("coordination.field.replyHelp"));
        binder.forField(status)
                .asRequired(getTranslation("coordination.error.required"))
                .bind(ProgressDraft::getStatus, ProgressDraft::setStatus);
        binder.forField(reply)
                .withValidator(
                        text -> status.getValue() != IssueStatus.DONE || !text.isBlank(),
                        getTranslation("coordination.error.replyToClose"))
                .bind(ProgressDraft::getReply, ProgressDraft::setReply);
        status.addValueChangeListener(e -> {
            reply.setRequiredIndicatorVisible(e.getValue() == IssueStatus.DONE);
            if (reply.isInvalid()) {
                binder.validate();
            }
        });
        save.setText(getTranslation("coordination.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("coordination.action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(status, reply, new HorizontalLayout(save, cancel));
    }

    void setDraft(ProgressDraft draft) {
        binder.readBean(draft);
    }

    boolean save() {
        ProgressDraft written = new ProgressDraft();
        if (binder.writeBeanIfValid(written)) {
            fireEvent(new SaveEvent(this, written));
            return true;
        }
        return false;
    }

    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = Map.of("status", status, "reply", reply);
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

    public static final class SaveEvent extends ComponentEvent<ProgressForm> {
        private final ProgressDraft draft;

        SaveEvent(ProgressForm source, ProgressDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ProgressDraft draft() {
            return draft;
        }
    }

    public static final class CancelEvent extends ComponentEvent<ProgressForm> {
        CancelEvent(ProgressForm source) {
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

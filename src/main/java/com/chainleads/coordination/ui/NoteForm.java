package com.chainleads.coordination.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.coordination.domain.IssueRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * A leader's note on an issue: a 批示 (instruction), or why a closed issue is re-opened. Fires {@link SaveEvent}
 * with the text; what was typed stays on screen until the owner closes the form.
 */
public class NoteForm extends FormLayout {

    /** What the note is for; decides the label. */
    public enum Purpose {
        INSTRUCT,
        REOPEN
    }

    /** The form's bean. */
    public static final class Note {
        private String text = "";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text == null ? "" : text;
        }
    }

    final TextArea note = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Note> binder = new Binder<>(Note.class);
    private final Purpose purpose;

    public NoteForm(Purpose purpose) {
        this.purpose = purpose;
        addClassName("cl-issue-note-form");
        note.setLabel(getTranslation(
                purpose == Purpose.INSTRUCT ? "coordination.field.instruction" : "coordination.field.reopenReason"));
        note.setMaxLength(IssueRules.MAX_NOTE);
        note.setMinHeight("5em");
        binder.forField(note)
                .asRequired(getTranslation("coordination.error.required"))
                .bind(Note::getText, Note::setText);
        binder.setBean(new Note());
        save.setText(getTranslation(
                purpose == Purpose.INSTRUCT ? "coordination.action.instruct" : "coordination.action.reopen"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("coordination.action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(note, new HorizontalLayout(save, cancel));
    }

    Purpose purpose() {
        return purpose;
    }

    boolean save() {
        if (binder.validate().isOk()) {
            fireEvent(new SaveEvent(this, binder.getBean().getText()));
            return true;
        }
        return false;
    }

    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        List<FieldProblem> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            if ("note".equals(problem.field())) {
                note.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                note.setInvalid(true);
            } else {
                unplaced.add(problem);
            }
        }
        return unplaced;
    }

    public static final class SaveEvent extends ComponentEvent<NoteForm> {
        private final String text;

        SaveEvent(NoteForm source, String text) {
            super(source, false);
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static final class CancelEvent extends ComponentEvent<NoteForm> {
        CancelEvent(NoteForm source) {
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

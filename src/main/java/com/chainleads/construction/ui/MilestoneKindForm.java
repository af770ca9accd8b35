package com.chainleads.construction.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.construction.service.MilestoneKindDraft;
import com.chainleads.construction.service.MilestoneKindRow;
import com.chainleads.lead.domain.LeadStage;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Add or change a milestone kind: names in both languages, the lead stage reaching it moves to, active. */
public class MilestoneKindForm extends VerticalLayout {

    static final List<LeadStage> STAGES =
            List.of(LeadStage.INCORPORATED, LeadStage.CONSTRUCTION, LeadStage.PRODUCTION, LeadStage.FULL_CAPACITY);

    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final ComboBox<LeadStage> leadStage = new ComboBox<>();
    final Checkbox active = new Checkbox();
    final Span formMessage = new Span();
    final Button save = new Button();
    final Button cancel = new Button();
    private final @Nullable MilestoneKindRow row;

    public MilestoneKindForm(@Nullable MilestoneKindRow row) {
        this.row = row;
        setPadding(false);
        nameZh.setLabel(getTranslation("construction.kinds.nameZh"));
        nameZh.setMaxLength(60);
        nameZh.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("construction.kinds.nameEn"));
        nameEn.setMaxLength(100);
        nameEn.setRequiredIndicatorVisible(true);
        leadStage.setLabel(getTranslation("construction.kinds.leadStage"));
        leadStage.setHelperText(getTranslation("construction.kinds.leadStageHelp"));
        leadStage.setItems(STAGES);
        leadStage.setItemLabelGenerator(stage -> getTranslation(stage.translationKey()));
        leadStage.setClearButtonVisible(true);
        active.setLabel(getTranslation("construction.kinds.active"));
        active.setValue(row == null || row.active());
        if (row != null) {
            nameZh.setValue(row.nameZh());
            nameEn.setValue(row.nameEn());
            leadStage.setValue(row.leadStage());
        }
        FormLayout fields = new FormLayout(nameZh, nameEn, leadStage, active);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        formMessage.addClassName("cl-field-error");
        formMessage.setVisible(false);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, draft())));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(fields, formMessage, new HorizontalLayout(save, cancel));
    }

    MilestoneKindDraft draft() {
        return new MilestoneKindDraft(
                row == null ? null : row.id(),
                row == null ? 0 : row.version(),
                nameZh.getValue(),
                nameEn.getValue(),
                leadStage.getValue(),
                active.getValue());
    }

    public void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String message = ConstructionTexts.problem(this, problem);
            if (!FieldErrors.show(
                    Map.of("nameZh", nameZh, "nameEn", nameEn, "leadStage", leadStage), problem.field(), message)) {
                showMessage(message);
            }
        }
    }

    public void showMessage(String message) {
        formMessage.setText(message);
        formMessage.setVisible(true);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<MilestoneKindForm> {
        private final MilestoneKindDraft draft;

        SaveEvent(MilestoneKindForm source, MilestoneKindDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public MilestoneKindDraft draft() {
            return draft;
        }
    }

    public static final class CancelEvent extends ComponentEvent<MilestoneKindForm> {
        CancelEvent(MilestoneKindForm source) {
            super(source, false);
        }
    }
}

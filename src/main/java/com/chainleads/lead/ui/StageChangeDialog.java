package com.chainleads.lead.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.ui.DatePickers;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadRules;
import com.chainleads.lead.service.StageChangeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Moves a lead to another stage. Asks for the facts the new stage needs — signing date and amount for 签约,
 * construction and production dates later, a reason for 终止 — and a comment for the history.
 */
class StageChangeDialog extends Dialog {

    final Select<LeadStage> target = new Select<>();
    final DatePicker signedOn = new DatePicker();
    final BigDecimalField signedAmount = new BigDecimalField();
    final DatePicker plannedStartOn = new DatePicker();
    final DatePicker actualStartOn = new DatePicker();
    final DatePicker actualProductionOn = new DatePicker();
    final TextField lostReason = new TextField();
    final TextArea comment = new TextArea();
    final Paragraph problems = new Paragraph();
    final Button confirm = new Button();

    private final LeadStage current;
    private final Map<String, Component> fields = new LinkedHashMap<>();

    StageChangeDialog(LeadDetails lead, Consumer<StageChangeRequest> onConfirm) {
        this.current = lead.stage();
        setHeaderTitle(getTranslation("lead.stageDialog.title"));
        setWidth("min(560px, 100vw)");
        LeadDraft draft = lead.draft();
        target.setLabel(getTranslation("lead.stageDialog.target"));
        target.setItems(
                Arrays.stream(LeadStage.values()).filter(s -> s != current).toList());
        target.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        fields.put("signedOn", signedOn);
        fields.put("signedAmount", signedAmount);
        fields.put("plannedStartOn", plannedStartOn);
        fields.put("actualStartOn", actualStartOn);
        fields.put("actualProductionOn", actualProductionOn);
        fields.put("lostReason", lostReason);
        fields.put("comment", comment);
        fields.put("target", target);
        fields.forEach((name, component) -> {
            if (component instanceof com.vaadin.flow.component.HasLabel labelled && !name.equals("target")) {
                labelled.setLabel(
                        getTranslation(name.equals("comment") ? "lead.stageDialog.comment" : "lead.field." + name));
            }
        });
        for (DatePicker picker : List.of(signedOn, plannedStartOn, actualStartOn, actualProductionOn)) {
            picker.setI18n(DatePickers.i18n(getLocale()));
        }
        signedAmount.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("lead.unit.wan")));
        signedOn.setValue(draft.getSignedOn());
        signedAmount.setValue(draft.getSignedAmount() != null ? draft.getSignedAmount() : draft.getTotalInvestment());
        plannedStartOn.setValue(draft.getPlannedStartOn());
        actualStartOn.setValue(draft.getActualStartOn());
        actualProductionOn.setValue(draft.getActualProductionOn());
        lostReason.setMaxLength(LeadRules.maxLength("lostReason"));
        comment.setMaxLength(1000);
        problems.addClassName("cl-error-text");
        problems.setVisible(false);
        target.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        showFieldsFor(null);

        FormLayout form = new FormLayout(
                target, signedOn, signedAmount, plannedStartOn, actualStartOn, actualProductionOn, lostReason, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new Paragraph(getTranslation("lead.stageDialog.current", getTranslation(current.translationKey()))),
                form,
                problems);

        confirm.setText(getTranslation("lead.stageDialog.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                target.setErrorMessage(getTranslation("lead.error.required"));
                return;
            }
            onConfirm.accept(new StageChangeRequest(
                    target.getValue(),
                    comment.getValue(),
                    signedOn.getValue(),
                    signedAmount.getValue(),
                    plannedStartOn.getValue(),
                    actualStartOn.getValue(),
                    actualProductionOn.getValue(),
                    lostReason.getValue()));
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    /** Shows the inputs of every stage passed on the way to the target. */
    private void showFieldsFor(LeadStage next) {
        boolean forward = next != null && next.isMainLine() && (!current.isMainLine() || next.rank() > current.rank());
        signedOn.setVisible(forward && next.reached(LeadStage.SIGNED));
        signedAmount.setVisible(forward && next.reached(LeadStage.SIGNED));
        plannedStartOn.setVisible(forward && next.reached(LeadStage.INCORPORATED));
        actualStartOn.setVisible(forward && next.reached(LeadStage.CONSTRUCTION));
        actualProductionOn.setVisible(forward && next.reached(LeadStage.PRODUCTION));
        lostReason.setVisible(next == LeadStage.LOST);
    }

    /** Puts the server's messages at the dialog's fields; lists the rest (details the lead still lacks). */
    void showProblems(List<FieldProblem> found, java.util.function.Function<String, String> labelOf) {
        List<String> missing = new ArrayList<>();
        for (FieldProblem problem : found) {
            Component component = problem.field() == null ? null : fields.get(problem.field());
            if (component instanceof HasValidation field && component.isVisible()) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                field.setInvalid(true);
            } else if (problem.field() != null) {
                missing.add(labelOf.apply(problem.field()));
            } else {
                missing.add(getTranslation(problem.messageKey(), problem.args()));
            }
        }
        problems.setVisible(!missing.isEmpty());
        problems.setText(
                missing.isEmpty()
                        ? ""
                        : getTranslation(
                                "lead.stage.error.missingDetails",
                                target.getValue() == null
                                        ? ""
                                        : getTranslation(target.getValue().translationKey()),
                                missing.stream().distinct().collect(Collectors.joining("、"))));
    }
}

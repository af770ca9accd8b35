package com.chainleads.lead.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.lead.service.HandoverRequest;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserOption;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Hands a lead to another officer or unit; the reason goes into the lead's history. */
class HandoverDialog extends Dialog {

    final ComboBox<UnitOption> unit = new ComboBox<>();
    final ComboBox<UserOption> owner = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    HandoverDialog(
            LeadDetails lead,
            List<UnitOption> units,
            LeadForm.OwnerSource owners,
            Consumer<HandoverRequest> onConfirm) {
        setHeaderTitle(getTranslation("lead.handoverDialog.title"));
        setWidth("min(480px, 100vw)");
        unit.setLabel(getTranslation("lead.field.unitId"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        owner.setLabel(getTranslation("lead.field.ownerId"));
        owner.setItemLabelGenerator(UserOption::displayName);
        unit.addValueChangeListener(e -> {
            owner.clear();
            owner.setItems(
                    e.getValue() == null
                            ? List.of()
                            : owners.officersOf(e.getValue().id()));
        });
        unit.setValue(
                units.stream().filter(u -> u.id() == lead.unitId()).findFirst().orElse(null));
        reason.setLabel(getTranslation("lead.field.reason"));
        reason.setMaxLength(HandoverRequest.MAX_REASON);
        FormLayout form = new FormLayout(unit, owner, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(
                new Paragraph(
                        getTranslation("lead.handoverDialog.current", lead.ownerName(), lead.unitName(getLocale()))),
                form);
        confirm.setText(getTranslation("lead.handoverDialog.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> onConfirm.accept(new HandoverRequest(
                owner.getValue() == null ? null : owner.getValue().id(),
                unit.getValue() == null ? null : unit.getValue().id(),
                reason.getValue())));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    void showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = Map.of("unitId", unit, "ownerId", owner, "reason", reason);
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                field.setInvalid(true);
            }
        }
    }
}

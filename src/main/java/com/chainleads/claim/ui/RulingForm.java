package com.chainleads.claim.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.claim.domain.ClaimOutcome;
import com.chainleads.claim.service.Ruling;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A leader's ruling on a 撞单 claim: keep with the first reporter, transfer to the claimant, or share with a split
 * in percent of the two units (the two parts always add up to 100), and the reason. Says what each choice does to
 * the two leads. Fires {@link RuleEvent}; the server checks again and {@link #showProblems} puts its messages at
 * the fields.
 */
class RulingForm extends Div {

    final RadioButtonGroup<ClaimOutcome> outcome = new RadioButtonGroup<>();
    final Span effect = new Span();
    final IntegerField firstPercent = new IntegerField();
    final IntegerField claimantPercent = new IntegerField();
    final TextArea reason = new TextArea();
    final Button submit = new Button();
    private final Div split;

    RulingForm(String firstUnit, String claimantUnit) {
        addClassName("cl-ruling-form");
        H3 title = new H3(getTranslation("practice.ruling.title"));
        title.addClassName("cl-form-section-title");
        outcome.setLabel(getTranslation("practice.ruling.outcome"));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setItems(ClaimOutcome.values());
        outcome.setItemLabelGenerator(o -> switch (o) {
            case KEEP -> getTranslation("practice.ruling.choice.KEEP", firstUnit);
            case TRANSFER -> getTranslation("practice.ruling.choice.TRANSFER", claimantUnit);
            case SHARE -> getTranslation("practice.ruling.choice.SHARE", firstUnit, claimantUnit);
        });
        outcome.setRequiredIndicatorVisible(true);
        effect.addClassName("cl-form-hint");
        firstPercent.setLabel(getTranslation("practice.ruling.firstPercent", firstUnit));
        claimantPercent.setLabel(getTranslation("practice.ruling.claimantPercent", claimantUnit));
        for (IntegerField percent : List.of(firstPercent, claimantPercent)) {
            percent.setMin(1);
            percent.setMax(99);
            percent.setStepButtonsVisible(true);
            percent.setSuffixComponent(new Span("%"));
            percent.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        }
        firstPercent.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                claimantPercent.setValue(100 - e.getValue());
            }
        });
        claimantPercent.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                firstPercent.setValue(100 - e.getValue());
            }
        });
        split = new Div(firstPercent, claimantPercent);
        split.addClassName("cl-ruling-split");
        split.setVisible(false);
        outcome.addValueChangeListener(e -> {
            boolean share = e.getValue() == ClaimOutcome.SHARE;
            split.setVisible(share);
            if (share && claimantPercent.getValue() == null) {
                firstPercent.setValue(50);
                claimantPercent.setValue(50);
            }
            effect.setText(
                    e.getValue() == null
                            ? ""
                            : getTranslation(
                                    "practice.ruling.effect." + e.getValue().name()));
            outcome.setInvalid(false);
        });
        reason.setLabel(getTranslation("practice.ruling.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        submit.setText(getTranslation("practice.ruling.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        add(title, outcome, effect, split, reason, submit);
    }

    /** The question before a ruling is sent: it cannot be undone. Open while asking. */
    @Nullable
    ConfirmDialog confirm;

    /** Checks what can be checked here, asks for confirmation, then fires {@link RuleEvent}. */
    void submit() {
        boolean valid = true;
        if (outcome.getValue() == null) {
            outcome.setErrorMessage(getTranslation("practice.ruling.error.outcome"));
            outcome.setInvalid(true);
            valid = false;
        }
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("practice.ruling.error.reason"));
            reason.setInvalid(true);
            valid = false;
        } else {
            reason.setInvalid(false);
        }
        Integer percent = claimantPercent.getValue();
        if (outcome.getValue() == ClaimOutcome.SHARE
                && (percent == null
                        || percent < 1
                        || percent > 99
                        || firstPercent.getValue() == null
                        || firstPercent.getValue() + percent != 100)) {
            claimantPercent.setErrorMessage(getTranslation("practice.ruling.error.percent"));
            claimantPercent.setInvalid(true);
            valid = false;
        } else {
            claimantPercent.setInvalid(false);
        }
        if (valid) {
            Ruling ruling = new Ruling(
                    outcome.getValue(), outcome.getValue() == ClaimOutcome.SHARE ? percent : null, reason.getValue());
            confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("practice.ruling.confirm.title"));
            confirm.setText(getTranslation("practice.ruling.confirm.text", effect.getText()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("practice.ruling.confirm.cancel"));
            confirm.setConfirmText(getTranslation("practice.ruling.submit"));
            confirm.addConfirmListener(e -> {
                confirm = null;
                fireEvent(new RuleEvent(this, ruling));
            });
            confirm.addCancelListener(e -> confirm = null);
            confirm.open();
        }
    }

    /** Puts the server's messages at their fields; returns those without a field here. */
    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        Map<String, HasValidation> fields =
                Map.of("outcome", outcome, "reason", reason, "claimantPercent", claimantPercent);
        List<FieldProblem> unplaced = new java.util.ArrayList<>();
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

    static final class RuleEvent extends ComponentEvent<RulingForm> {
        private final Ruling ruling;

        RuleEvent(RulingForm source, Ruling ruling) {
            super(source, false);
            this.ruling = ruling;
        }

        Ruling ruling() {
            return ruling;
        }
    }

    Registration addRuleListener(ComponentEventListener<RuleEvent> listener) {
        return addListener(RuleEvent.class, listener);
    }
}

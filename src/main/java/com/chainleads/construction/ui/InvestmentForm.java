package com.chainleads.construction.ui;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.construction.service.InvestmentDraft;
import com.chainleads.construction.service.InvestmentRow;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One month of 完成投资: the month (yyyy-MM), planned and completed in 万元. Fires {@link SaveEvent},
 * {@link DeleteEvent} and {@link CancelEvent}; what was typed stays when the server refuses.
 */
public class InvestmentForm extends VerticalLayout {

    final TextField month = new TextField();
    final BigDecimalField planned = new BigDecimalField();
    final BigDecimalField completed = new BigDecimalField();
    final Span formMessage = new Span();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();
    private final @Nullable InvestmentRow row;

    public InvestmentForm(@Nullable InvestmentRow row, YearMonth suggested) {
        this.row = row;
        setPadding(false);
        addClassName("cl-investment-form");
        month.setLabel(getTranslation("construction.investment.month"));
        month.setPlaceholder("2026-05");
        month.setHelperText(getTranslation("construction.investment.monthHelp"));
        month.setValue((row == null ? suggested : row.month()).toString());
        planned.setLabel(getTranslation("construction.investment.planned"));
        completed.setLabel(getTranslation("construction.investment.completed"));
        for (BigDecimalField field : List.of(planned, completed)) {
            field.setSuffixComponent(new Span(getTranslation("construction.unit.wan")));
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        month.addValueChangeListener(e -> month.setInvalid(false));
        if (row != null) {
            planned.setValue(row.planned());
            completed.setValue(row.completed());
        }
        FormLayout fields = new FormLayout(month, planned, completed);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        formMessage.addClassName("cl-field-error");
        formMessage.setVisible(false);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        delete.setText(getTranslation("construction.investment.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(row != null);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, delete);
        buttons.setWrap(true);
        add(fields, formMessage, buttons);
    }

    private void save() {
        formMessage.setVisible(false);
        YearMonth parsed = parseMonth(month.getValue());
        if (parsed == null) {
            month.setErrorMessage(getTranslation("construction.error.monthFormat"));
            month.setInvalid(true);
            return;
        }
        if (planned.isInvalid() || completed.isInvalid()) {
            return;
        }
        fireEvent(new SaveEvent(this, draft(parsed)));
    }

    InvestmentDraft draft(YearMonth parsed) {
        BigDecimal plannedValue = planned.getValue();
        BigDecimal completedValue = completed.getValue();
        return new InvestmentDraft(
                row == null ? null : row.id(), row == null ? 0 : row.version(), parsed, plannedValue, completedValue);
    }

    /** "2026-05", "2026-5" or "2026/05"; null when it is no month. */
    static @Nullable YearMonth parseMonth(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replace('/', '-').replace('.', '-');
        String[] parts = cleaned.split("-");
        if (parts.length != 2) {
            return null;
        }
        try {
            return YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException | java.time.DateTimeException notAMonth) {
            return null;
        }
    }

    public @Nullable InvestmentRow row() {
        return row;
    }

    public void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            showProblem(problem.field(), ConstructionTexts.problem(this, problem));
        }
    }

    public void showProblem(@Nullable String field, String message) {
        if (!FieldErrors.show(Map.of("month", month, "planned", planned, "completed", completed), field, message)) {
            formMessage.setText(message);
            formMessage.setVisible(true);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<InvestmentForm> {
        private final InvestmentDraft draft;

        SaveEvent(InvestmentForm source, InvestmentDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public InvestmentDraft draft() {
            return draft;
        }
    }

    public static final class DeleteEvent extends ComponentEvent<InvestmentForm> {
        DeleteEvent(InvestmentForm source) {
            super(source, false);
        }
    }

    public static final class CancelEvent extends ComponentEvent<InvestmentForm> {
        CancelEvent(InvestmentForm source) {
            super(source, false);
        }
    }
}

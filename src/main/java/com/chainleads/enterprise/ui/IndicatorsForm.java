package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.FieldErrors;
import com.chainleads.enterprise.service.EnterpriseDetail;
import com.chainleads.enterprise.service.IndicatorsCommand;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A year's figures: amounts in 万元, people, intellectual property by kind. Empty for a new year; a row picked in
 * the list below loads into it for correction (the year then stays). Fires {@link SaveEvent}.
 */
public class IndicatorsForm extends VerticalLayout {

    final IntegerField year = new IntegerField();
    final BigDecimalField revenueWan = new BigDecimalField();
    final BigDecimalField taxWan = new BigDecimalField();
    final BigDecimalField rdExpenseWan = new BigDecimalField();
    final IntegerField rdStaff = new IntegerField();
    final IntegerField staff = new IntegerField();
    final IntegerField inventionPatents = new IntegerField();
    final IntegerField utilityPatents = new IntegerField();
    final IntegerField designPatents = new IntegerField();
    final IntegerField softwareCopyrights = new IntegerField();
    final Button save = new Button();
    final Button newYear = new Button();

    private @Nullable Long editingId;
    private long editingVersion;

    public IndicatorsForm() {
        setPadding(false);
        year.setLabel(getTranslation("enterprise.field.year"));
        for (var amount : Map.of(revenueWan, "revenueWan", taxWan, "taxWan", rdExpenseWan, "rdExpenseWan")
                .entrySet()) {
            amount.getKey().setLabel(getTranslation("enterprise.field." + amount.getValue()));
            amount.getKey().setSuffixComponent(new Span(getTranslation("enterprise.wan")));
        }
        fields().forEach((name, field) -> {
            if (field instanceof IntegerField number && number != year) {
                number.setLabel(getTranslation("enterprise.field." + name));
            }
        });
        FormLayout layout = new FormLayout(
                year,
                revenueWan,
                taxWan,
                rdExpenseWan,
                rdStaff,
                staff,
                inventionPatents,
                utilityPatents,
                designPatents,
                softwareCopyrights);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 5));
        save.setText(getTranslation("enterprise.indicators.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, editingId, editingVersion, command())));
        newYear.setText(getTranslation("enterprise.indicators.newYear"));
        newYear.addClickListener(e -> clear());
        add(layout, new HorizontalLayout(save, newYear));
    }

    private Map<String, com.vaadin.flow.component.AbstractField<?, ?>> fields() {
        Map<String, com.vaadin.flow.component.AbstractField<?, ?>> fields = new LinkedHashMap<>();
        fields.put("year", year);
        fields.put("revenueWan", revenueWan);
        fields.put("taxWan", taxWan);
        fields.put("rdExpenseWan", rdExpenseWan);
        fields.put("rdStaff", rdStaff);
        fields.put("staff", staff);
        fields.put("inventionPatents", inventionPatents);
        fields.put("utilityPatents", utilityPatents);
        fields.put("designPatents", designPatents);
        fields.put("softwareCopyrights", softwareCopyrights);
        return fields;
    }

    IndicatorsCommand command() {
        return new IndicatorsCommand(
                year.getValue(),
                revenueWan.getValue(),
                taxWan.getValue(),
                rdExpenseWan.getValue(),
                rdStaff.getValue(),
                staff.getValue(),
                inventionPatents.getValue(),
                utilityPatents.getValue(),
                designPatents.getValue(),
                softwareCopyrights.getValue());
    }

    /** Loads a year for correction. */
    public void edit(EnterpriseDetail.IndicatorLine line) {
        editingId = line.id();
        editingVersion = line.version();
        IndicatorsCommand f = line.figures();
        year.setValue(f.year());
        year.setReadOnly(true);
        revenueWan.setValue(f.revenueWan());
        taxWan.setValue(f.taxWan());
        rdExpenseWan.setValue(f.rdExpenseWan());
        rdStaff.setValue(f.rdStaff());
        staff.setValue(f.staff());
        inventionPatents.setValue(f.inventionPatents());
        utilityPatents.setValue(f.utilityPatents());
        designPatents.setValue(f.designPatents());
        softwareCopyrights.setValue(f.softwareCopyrights());
        resetErrors();
    }

    /** Empties the form for a new year. */
    public void clear() {
        editingId = null;
        editingVersion = 0;
        fields().values().forEach(com.vaadin.flow.component.HasValue::clear);
        year.setReadOnly(false);
        resetErrors();
    }

    private void resetErrors() {
        fields().values().forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    public boolean showFieldError(String field, String message) {
        Map<String, HasValidation> byName = new LinkedHashMap<>();
        fields().forEach((name, f) -> byName.put(name, (HasValidation) f));
        return FieldErrors.show(byName, field, message);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<IndicatorsForm> {
        private final @Nullable Long indicatorsId;
        private final long version;
        private final IndicatorsCommand command;

        SaveEvent(IndicatorsForm source, @Nullable Long indicatorsId, long version, IndicatorsCommand command) {
            super(source, false);
            this.indicatorsId = indicatorsId;
            this.version = version;
            this.command = command;
        }

        public @Nullable Long indicatorsId() {
            return indicatorsId;
        }

        public long version() {
            return version;
        }

        public IndicatorsCommand command() {
            return command;
        }
    }
}

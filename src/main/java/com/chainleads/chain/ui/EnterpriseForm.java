package com.chainleads.chain.ui;

import com.chainleads.base.ui.CreditCodeValidator;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Create or edit a local enterprise: name, credit code (checked as typed), cultivation tier, annual output in
 * 万元, jobs and the chain links it works on. Read-only for leaders. Fires {@link SaveEvent}, {@link DeleteEvent}
 * and {@link CancelEvent}.
 */
public class EnterpriseForm extends VerticalLayout {

    final TextField name = new TextField();
    final TextField creditCode = new TextField();
    final Select<CultivationTier> tier = new Select<>();
    final BigDecimalField annualOutput = new BigDecimalField();
    final IntegerField jobs = new IntegerField();
    final MultiSelectComboBox<ChainLinkOption> links = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button delete = new Button();
    final Button cancel = new Button();

    private final boolean editable;
    private final Binder<EnterpriseFormData> binder = new Binder<>(EnterpriseFormData.class);
    private EnterpriseFormData data = EnterpriseFormData.forNewEnterprise();

    public EnterpriseForm(List<SectorOption> sectors, List<ChainLinkOption> allLinks, boolean editable) {
        this.editable = editable;
        setPadding(false);
        Map<Long, SectorOption> sectorsById =
                sectors.stream().collect(Collectors.toMap(SectorOption::id, Function.identity()));
        name.setLabel(getTranslation("chain.enterprise.name"));
        name.setMaxLength(200);
        creditCode.setLabel(getTranslation("chain.enterprise.creditCode"));
        creditCode.setHelperText(getTranslation("chain.enterprise.creditCodeHelp"));
        creditCode.setMaxLength(30);
        tier.setLabel(getTranslation("chain.enterprise.tier"));
        tier.setItems(CultivationTier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("chain.enterprise.noTier"));
        tier.setItemLabelGenerator(
                t -> t == null ? getTranslation("chain.enterprise.noTier") : getTranslation(t.translationKey()));
        annualOutput.setLabel(getTranslation("chain.enterprise.output"));
        annualOutput.setSuffixComponent(
                new com.vaadin.flow.component.html.Span(getTranslation("chain.enterprise.wan")));
        jobs.setLabel(getTranslation("chain.enterprise.jobs"));
        jobs.setMin(0);
        links.setLabel(getTranslation("chain.enterprise.links"));
        links.setItems(allLinks);
        links.setItemLabelGenerator(link -> sectorsById.get(link.sectorId()).name(getLocale()) + " · "
                + getTranslation(link.tier().translationKey()) + " · " + link.name(getLocale()));
        links.setWidthFull();

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .bind(EnterpriseFormData::getName, EnterpriseFormData::setName);
        binder.forField(creditCode)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new CreditCodeValidator(this::getTranslation))
                .bind(EnterpriseFormData::getCreditCode, EnterpriseFormData::setCreditCode);
        binder.forField(tier).bind(EnterpriseFormData::getCultivationTier, EnterpriseFormData::setCultivationTier);
        binder.forField(annualOutput)
                .withValidator(
                        value -> value == null || value.signum() >= 0, getTranslation("chain.enterprise.error.output"))
                .bind(EnterpriseFormData::getAnnualOutputWan, EnterpriseFormData::setAnnualOutputWan);
        binder.forField(jobs)
                .withValidator(value -> value == null || value >= 0, getTranslation("chain.enterprise.error.jobs"))
                .bind(EnterpriseFormData::getJobs, EnterpriseFormData::setJobs);
        binder.forField(links)
                .withValidator(value -> !value.isEmpty(), getTranslation("chain.enterprise.error.links"))
                .bind(EnterpriseFormData::getLinks, EnterpriseFormData::setLinks);

        FormLayout fields = new FormLayout(name, creditCode, tier, annualOutput, jobs, links);
        fields.setColspan(links, 2);
        fields.setColspan(name, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> validateAndSave());
        delete.setText(getTranslation("chain.enterprise.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> fireEvent(new DeleteEvent(this, data)));
        cancel.setText(getTranslation(editable ? "action.cancel" : "action.close"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel, delete);
        add(fields, buttons);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(false);
    }

    public void setEnterprise(EnterpriseFormData enterprise) {
        this.data = enterprise;
        binder.readBean(enterprise);
        delete.setVisible(editable && !enterprise.isNew());
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, data));
        }
    }

    /** Shows a message the server returned for one of the fields; {@code false} when the field is unknown. */
    public boolean showFieldError(String field, String message) {
        return FieldErrors.show(
                Map.of(
                        "name",
                        name,
                        "creditCode",
                        creditCode,
                        "annualOutputWan",
                        annualOutput,
                        "jobs",
                        jobs,
                        "links",
                        links),
                field,
                message);
    }

    public static final class SaveEvent extends ComponentEvent<EnterpriseForm> {
        private final EnterpriseFormData enterprise;

        SaveEvent(EnterpriseForm source, EnterpriseFormData enterprise) {
            super(source, false);
            this.enterprise = enterprise;
        }

        public EnterpriseFormData enterprise() {
            return enterprise;
        }
    }

    public static final class DeleteEvent extends ComponentEvent<EnterpriseForm> {
        private final EnterpriseFormData enterprise;

        DeleteEvent(EnterpriseForm source, EnterpriseFormData enterprise) {
            super(source, false);
            this.enterprise = enterprise;
        }

        public EnterpriseFormData enterprise() {
            return enterprise;
        }
    }

    public static final class CancelEvent extends ComponentEvent<EnterpriseForm> {
        CancelEvent(EnterpriseForm source) {
            super(source, false);
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
}

package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.CreditCodeValidator;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.service.ProfileCommand;
import com.chainleads.security.service.UserOption;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
 * An enterprise's own fields: name, credit code (checked as typed), sector, chain links, 规上, annual output in 万元
 * jobs and its 服务专员. Owns its Binder; read-only for those who may not edit; fires {@link SaveEvent} with the command.
 */
public class ProfileForm extends VerticalLayout {

    final TextField name = new TextField();
    final TextField creditCode = new TextField();
    final ComboBox<SectorOption> sector = new ComboBox<>();
    final MultiSelectComboBox<ChainLinkOption> links = new MultiSelectComboBox<>();
    final Checkbox aboveScale = new Checkbox();
    final BigDecimalField annualOutput = new BigDecimalField();
    final IntegerField jobs = new IntegerField();
    final ComboBox<UserOption> officer = new ComboBox<>();
    final Button save = new Button();

    private final Binder<ProfileFormData> binder = new Binder<>(ProfileFormData.class);
    private final List<SectorOption> sectors;
    private final List<ChainLinkOption> allLinks;
    private final List<UserOption> officers;
    private ProfileFormData data = new ProfileFormData();
    /** The profile as last loaded from the server: the base a concurrent save is merged from. */
    private ProfileFormData loaded = new ProfileFormData();

    public ProfileForm(
            List<SectorOption> sectors, List<ChainLinkOption> allLinks, List<UserOption> officers, boolean editable) {
        this.sectors = sectors;
        this.allLinks = allLinks;
        this.officers = officers;
        setPadding(false);
        Map<Long, SectorOption> sectorsById =
                sectors.stream().collect(Collectors.toMap(SectorOption::id, Function.identity()));
        name.setLabel(getTranslation("enterprise.field.name"));
        name.setMaxLength(200);
        creditCode.setLabel(getTranslation("enterprise.field.creditCode"));
        creditCode.setMaxLength(30);
        sector.setLabel(getTranslation("enterprise.field.sectorId"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name(getLocale()));
        links.setLabel(getTranslation("enterprise.field.links"));
        links.setItems(allLinks);
        links.setItemLabelGenerator(
                link -> sectorsById.get(link.sectorId()).name(getLocale()) + " · " + link.name(getLocale()));
        aboveScale.setLabel(getTranslation("enterprise.field.aboveScale"));
        annualOutput.setLabel(getTranslation("enterprise.field.annualOutputWan"));
        annualOutput.setSuffixComponent(new Span(getTranslation("enterprise.wan")));
        jobs.setLabel(getTranslation("enterprise.field.jobs"));
        officer.setLabel(getTranslation("enterprise.field.officerId"));
        officer.setItems(officers);
        officer.setItemLabelGenerator(UserOption::displayName);
        officer.setClearButtonVisible(true);

        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .bind(ProfileFormData::getName, ProfileFormData::setName);
        binder.forField(creditCode)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new CreditCodeValidator(this::getTranslation))
                .bind(ProfileFormData::getCreditCode, ProfileFormData::setCreditCode);
        binder.forField(sector)
                .asRequired(getTranslation("validation.required"))
                .bind(ProfileFormData::getSector, ProfileFormData::setSector);
        binder.forField(links)
                .withValidator(value -> !value.isEmpty(), getTranslation("enterprise.error.links"))
                .bind(ProfileFormData::getLinks, ProfileFormData::setLinks);
        binder.forField(aboveScale).bind(ProfileFormData::isAboveScale, ProfileFormData::setAboveScale);
        binder.forField(annualOutput)
                .withValidator(
                        value -> value == null || value.signum() >= 0, getTranslation("enterprise.error.negative"))
                .bind(ProfileFormData::getAnnualOutputWan, ProfileFormData::setAnnualOutputWan);
        binder.forField(jobs)
                .withValidator(value -> value == null || value >= 0, getTranslation("enterprise.error.negative"))
                .bind(ProfileFormData::getJobs, ProfileFormData::setJobs);
        binder.forField(officer).bind(ProfileFormData::getOfficer, ProfileFormData::setOfficer);

        FormLayout fields = new FormLayout(name, creditCode, sector, links, annualOutput, jobs, officer, aboveScale);
        fields.setColspan(name, 2);
        fields.setColspan(links, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(data)) {
                fireEvent(new SaveEvent(this, data.toCommand(), data.copy()));
            }
        });
        save.setVisible(editable);
        binder.setReadOnly(!editable);
        add(fields, save);
    }

    public void setProfile(ProfileCommand profile) {
        data = asData(profile);
        loaded = data.copy();
        binder.readBean(data);
    }

    /**
     * After a colleague's save: the form shows {@code merged} (what the user typed, merged with the colleague's
     * changes) and merges from {@code stored} (the colleague's version) from now on.
     */
    void showMerged(ProfileFormData merged, ProfileFormData stored) {
        data = merged.copy();
        loaded = stored.copy();
        binder.readBean(data);
    }

    ProfileFormData asData(ProfileCommand profile) {
        return ProfileFormData.of(profile, sectors, allLinks, officers);
    }

    /** Whether the user typed something not yet saved. */
    boolean hasUnsavedInput() {
        return binder.hasChanges();
    }

    /** The profile as the user loaded it. */
    ProfileFormData loaded() {
        return loaded.copy();
    }

    /** Shows a message the server returned at its field; {@code false} when the field is not on this form. */
    public boolean showFieldError(String field, String message) {
        return FieldErrors.show(
                Map.of(
                        "name",
                        name,
                        "creditCode",
                        creditCode,
                        "sectorId",
                        sector,
                        "links",
                        links,
                        "annualOutputWan",
                        annualOutput,
                        "jobs",
                        jobs,
                        "officerId",
                        officer),
                field,
                message);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<ProfileForm> {
        private final ProfileCommand command;
        private final ProfileFormData typed;

        SaveEvent(ProfileForm source, ProfileCommand command, ProfileFormData typed) {
            super(source, false);
            this.command = command;
            this.typed = typed;
        }

        public ProfileCommand command() {
            return command;
        }

        /** What the user typed, as the form's bean (for a merge when a colleague saved meanwhile). */
        ProfileFormData typed() {
            return typed;
        }
    }
}

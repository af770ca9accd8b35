package com.chainleads.lead.ui;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.ui.CreditCodeValidator;
import com.chainleads.base.ui.DatePickers;
import com.chainleads.base.ui.Money;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadDateField;
import com.chainleads.lead.domain.LeadDateFields;
import com.chainleads.lead.domain.LeadNumberField;
import com.chainleads.lead.domain.LeadNumberFields;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTextField;
import com.chainleads.lead.domain.LeadTextFields;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.InvestorConflict;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadRules;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserOption;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The lead form: its own Binder over a {@link LeadDraft}, grouped in sections (基本信息, 投资与效益, 来源, 选址需求,
 * 负责, 进度). Fields required in the lead's stage carry the required mark; the same rules run again on the
 * server, whose field messages {@link #showProblems} puts at the fields. Fires {@link SaveEvent}.
 *
 * <p>When the investor's name or credit code is left, the form asks its {@link ConflictSource} whether other
 * leads are about the same investor (撞单) and shows the masked hints below the fields, with the choice to register
 * the lead as a 撞单 claim and its reason.
 *
 * <p>Size: about forty fields with their bindings and six sections; the rules themselves are {@link LeadRules}'s,
 * the form only binds and lays out. The value groups' plain text fields are made from their descriptors
 * ({@link LeadTextFields}, {@link LeadNumberFields}, {@link LeadDateFields}); the explicit ones left are those with their own behaviour (stage rules, pickers,
 * amounts with units, the credit code).
 */
public class LeadForm extends Div {

    // 基本信息
    final TextField projectName = new TextField();
    final TextField investorName = new TextField();
    final TextField creditCode = new TextField();
    final Select<InvestorType> investorType = new Select<>();
    final MultiSelectComboBox<QualificationTag> qualifications = new MultiSelectComboBox<>();
    final ComboBox<SectorOption> sector = new ComboBox<>();
    final ComboBox<ChainLinkOption> chainLink = new ComboBox<>();
    final Select<ChainPurpose> chainPurpose = new Select<>();
    final Select<ProjectType> projectType = new Select<>();
    final Checkbox hotIndustry = new Checkbox();
    // 投资与效益
    final BigDecimalField totalInvestment = new BigDecimalField();
    // 来源
    final Select<LeadChannel> channel = new Select<>();
    final TextField referrer = new TextField();
    final Select<OriginRegion> originRegion = new Select<>();
    // 选址需求
    // the value groups' plain text and number fields, made from their descriptors
    private final Map<LeadTextField, TextFieldBase<?, String>> texts = new LinkedHashMap<>();
    private final Map<LeadNumberField, TextFieldBase<?, ?>> numbers = new LinkedHashMap<>();
    private final Map<LeadDateField, DatePicker> dates = new LinkedHashMap<>();
    // 负责
    final ComboBox<UnitOption> unit = new ComboBox<>();
    final ComboBox<UserOption> owner = new ComboBox<>();
    final ComboBox<UserOption> leader = new ComboBox<>();
    // 进度
    final DatePicker signedOn = new DatePicker();
    final BigDecimalField signedAmount = new BigDecimalField();
    final BigDecimalField fundsReceived = new BigDecimalField();
    final DatePicker plannedStartOn = new DatePicker();
    final DatePicker actualStartOn = new DatePicker();
    final DatePicker plannedProductionOn = new DatePicker();
    final DatePicker actualProductionOn = new DatePicker();
    final TextField lostReason = new TextField();
    // 撞单 hints and claim
    final Div conflictBox = new Div();
    final Div conflictHints = new Div();
    final Checkbox fileClaim = new Checkbox();
    final TextArea claimReason = new TextArea();

    final Binder<LeadDraft> binder = new Binder<>(LeadDraft.class);
    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();
    private final List<SectorOption> sectors;
    private final List<ChainLinkOption> chainLinks;
    private final List<UnitOption> units;
    private final OwnerSource owners;
    private final Div siteSection;
    private final Div progressSection;
    private LeadStage stage = LeadStage.REGISTERED;
    private LeadDraft draft = new LeadDraft();
    private @Nullable ConflictSource conflictSource;
    private List<InvestorConflict> conflicts = List.of();
    private boolean loading;

    /** Loads the officers who may own a lead in a unit. */
    @FunctionalInterface
    public interface OwnerSource {
        List<UserOption> officersOf(long unitId);
    }

    /** Looks up masked hints about other leads on an investor (see {@code LeadService#investorConflicts}). */
    @FunctionalInterface
    public interface ConflictSource {
        List<InvestorConflict> conflictsOf(String investorName, String creditCode, @Nullable Long unitId);
    }

    public LeadForm(
            List<SectorOption> sectors,
            List<ChainLinkOption> chainLinks,
            List<UnitOption> units,
            List<UserOption> leaders,
            OwnerSource owners) {
        this.sectors = sectors;
        this.chainLinks = chainLinks;
        this.units = units;
        this.owners = owners;
        addClassName("cl-lead-form");
        Locale locale = getLocale();

        register("projectName", projectName);
        register("investorName", investorName);
        register("creditCode", creditCode);
        register("investorType", investorType);
        register("qualifications", qualifications);
        register("sectorId", sector);
        register("chainLinkId", chainLink);
        register("chainPurpose", chainPurpose);
        register("projectType", projectType);
        register("hotIndustry", hotIndustry);
        register("totalInvestment", totalInvestment);
        register("channel", channel);
        register("referrer", referrer);
        register("originRegion", originRegion);
        for (LeadNumberField field : LeadNumberFields.ALL) {
            TextFieldBase<?, ?> input =
                    field.isCount() ? (TextFieldBase<?, ?>) new IntegerField() : new BigDecimalField();
            numbers.put(field, input);
            register(field.name(), input);
        }
        for (LeadTextField field : LeadTextFields.ALL) {
            TextFieldBase<?, String> input = input(field);
            texts.put(field, input);
            register(field.name(), input);
        }
        register("unitId", unit);
        register("ownerId", owner);
        register("leaderId", leader);
        for (LeadDateField field : LeadDateFields.ALL) {
            DatePicker input = new DatePicker();
            dates.put(field, input);
            register(field.name(), input);
        }
        register("signedOn", signedOn);
        register("signedAmount", signedAmount);
        register("fundsReceived", fundsReceived);
        register("plannedStartOn", plannedStartOn);
        register("actualStartOn", actualStartOn);
        register("plannedProductionOn", plannedProductionOn);
        register("actualProductionOn", actualProductionOn);
        register("lostReason", lostReason);
        register("claimReason", claimReason);

        projectName.setMaxLength(LeadRules.maxLength("projectName"));
        investorName.setMaxLength(LeadRules.maxLength("investorName"));
        creditCode.setMaxLength(24);
        creditCode.setHelperText("GB 32100-2015");
        creditCode.setValueChangeMode(ValueChangeMode.ON_BLUR);
        referrer.setMaxLength(LeadRules.maxLength("referrer"));
        lostReason.setMaxLength(LeadRules.maxLength("lostReason"));
        claimReason.setMaxLength(LeadRules.maxLength("claimReason"));
        claimReason.setWidthFull();
        fileClaim.setLabel(getTranslation("lead.field.fileClaim"));
        fileClaim.addValueChangeListener(e -> {
            claimReason.setVisible(e.getValue());
            if (e.getValue() && e.isFromClient()) {
                claimReason.focus();
            }
            if (!e.getValue()) {
                claimReason.setInvalid(false);
            }
        });
        conflictHints.addClassName("cl-conflict-hints");
        conflictBox.addClassName("cl-conflict-box");
        conflictBox.add(conflictHints, fileClaim, claimReason);
        conflictBox.setVisible(false);
        investorName.addValueChangeListener(e -> {
            if (!loading) {
                refreshConflicts();
            }
        });
        creditCode.addValueChangeListener(e -> {
            // a code typed in lower case is shown as it will be kept as soon as the field is left
            String upper = e.getValue() == null ? null : e.getValue().strip().toUpperCase(Locale.ROOT);
            if (upper != null && !upper.equals(e.getValue())) {
                creditCode.setValue(upper);
                return; // the upper-cased value comes back through this listener
            }
            if (!loading) {
                refreshConflicts();
            }
        });
        enumSelect(investorType, InvestorType.values(), InvestorType::translationKey);
        enumSelect(chainPurpose, ChainPurpose.values(), ChainPurpose::translationKey);
        enumSelect(projectType, ProjectType.values(), ProjectType::translationKey);
        enumSelect(channel, LeadChannel.values(), LeadChannel::translationKey);
        enumSelect(originRegion, OriginRegion.values(), OriginRegion::translationKey);
        qualifications.setItems(QualificationTag.values());
        qualifications.setItemLabelGenerator(q -> getTranslation(q.translationKey()));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name(locale));
        sector.addValueChangeListener(e -> {
            limitChainLinks(e.getValue());
            if (e.getValue() != null
                    && chainLink.getValue() != null
                    && chainLink.getValue().sectorId() != e.getValue().id()) {
                chainLink.clear();
            }
        });
        chainLink.setItemLabelGenerator(l -> getTranslation(l.tier().translationKey()) + " · " + l.name(locale));
        chainLink.setClearButtonVisible(true);
        limitChainLinks(null);
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(locale));
        unit.addValueChangeListener(e -> {
            owner.setItems(
                    e.getValue() == null
                            ? List.of()
                            : owners.officersOf(e.getValue().id()));
            if (e.isFromClient()) {
                owner.clear();
                refreshConflicts(); // whether a 撞单 claim applies depends on the lead's unit
            }
        });
        owner.setItemLabelGenerator(UserOption::displayName);
        leader.setItems(leaders);
        leader.setItemLabelGenerator(UserOption::displayName);
        leader.setClearButtonVisible(true);
        List<BigDecimalField> moneyFields = new ArrayList<>(List.of(totalInvestment, signedAmount, fundsReceived));
        numbers.forEach((field, input) -> {
            String unitKey = field.measure().unitKey();
            if (unitKey != null) {
                input.setSuffixComponent(new Span(getTranslation(unitKey)));
            }
            if (input instanceof IntegerField count) {
                count.setMin(0);
            } else if (field.measure() == LeadNumberField.Measure.MONEY) {
                moneyFields.add((BigDecimalField) input);
            }
        });
        for (BigDecimalField money : moneyFields) {
            money.setSuffixComponent(new Span(getTranslation("lead.unit.wan")));
            money.setValueChangeMode(ValueChangeMode.ON_BLUR);
            money.addValueChangeListener(e -> money.setHelperText(
                    e.getValue() != null && e.getValue().compareTo(Money.WAN_PER_YI) >= 0
                            ? Money.format(e.getValue(), locale)
                            : null));
        }
        List<DatePicker> pickers = new ArrayList<>(dates.values());
        pickers.addAll(List.of(signedOn, plannedStartOn, actualStartOn, plannedProductionOn, actualProductionOn));
        for (DatePicker picker : pickers) {
            picker.setI18n(DatePickers.i18n(locale));
            picker.setClearButtonVisible(true);
        }
        fieldsByName.forEach((name, component) -> {
            if (component instanceof HasLabel labelled) {
                labelled.setLabel(getTranslation("lead.field." + name));
            }
        });
        hotIndustry.setLabel(getTranslation("lead.field.hotIndustry"));
        bindFields();

        siteSection = section("lead.page.section.site", with(SiteNeeds.NUMBER_FIELDS, SiteNeeds.TEXT_FIELDS));
        progressSection = section(
                "lead.page.section.progress",
                Milestones.DATE_FIELDS.stream().map(dates::get).toArray(Component[]::new),
                signedOn,
                signedAmount,
                fundsReceived,
                plannedStartOn,
                actualStartOn,
                plannedProductionOn,
                actualProductionOn,
                lostReason);
        add(
                section(
                        "lead.page.section.basic",
                        with(Investor.TEXT_FIELDS, projectName, investorName, creditCode, conflictBox, investorType),
                        sector,
                        chainLink,
                        chainPurpose,
                        projectType,
                        qualifications,
                        hotIndustry),
                section("lead.page.section.economics", with(Economics.NUMBER_FIELDS, List.of(), totalInvestment)),
                section("lead.page.section.source", channel, referrer, originRegion),
                siteSection,
                section("lead.page.section.ownership", unit, owner, leader),
                progressSection);
    }

    private static TextFieldBase<?, String> input(LeadTextField field) {
        if (field.multiline()) {
            TextArea area = new TextArea();
            area.setMaxLength(field.maxLength());
            return area;
        }
        TextField text = new TextField();
        text.setMaxLength(field.maxLength());
        return text;
    }

    /** The input of a value group's plain date field (for tests and the page). */
    DatePicker date(LeadDateField field) {
        return Objects.requireNonNull(dates.get(field));
    }

    /** The input of a value group's plain number field (for tests and the page). */
    TextFieldBase<?, ?> number(LeadNumberField field) {
        return Objects.requireNonNull(numbers.get(field));
    }

    /** The input of a value group's plain text field (for tests and the page). */
    TextFieldBase<?, String> text(LeadTextField field) {
        return Objects.requireNonNull(texts.get(field));
    }

    private void register(String name, Component field) {
        fieldsByName.put(name, field);
        field.getElement().setAttribute("data-field", name);
    }

    private <E extends Enum<E>> void enumSelect(Select<E> select, E[] values, ValueProvider<E, String> key) {
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(key.apply(value)));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
    }

    private void limitChainLinks(@Nullable SectorOption selectedSector) {
        chainLink.setItems(chainLinks.stream()
                .filter(l -> selectedSector != null && l.sectorId() == selectedSector.id())
                .toList());
    }

    /** The explicit fields of a group followed by the inputs of its plain text fields. */
    private Component[] with(List<LeadTextField> groupTexts, Component... explicit) {
        return with(List.of(), groupTexts, explicit);
    }

    /** The explicit fields of a group, then the inputs of its plain number fields, then of its text fields. */
    private Component[] with(
            List<LeadNumberField> groupNumbers, List<LeadTextField> groupTexts, Component... explicit) {
        List<Component> all = new ArrayList<>(List.of(explicit));
        groupNumbers.forEach(field -> all.add(numbers.get(field)));
        groupTexts.forEach(field -> all.add(texts.get(field)));
        return all.toArray(Component[]::new);
    }

    private Div section(String titleKey, Component[] first, Component... more) {
        List<Component> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return section(titleKey, all.toArray(Component[]::new));
    }

    private Div section(String titleKey, Component... fields) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("cl-form-section-title");
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1100px", 3));
        texts.forEach((field, input) -> {
            if (field.multiline()) {
                layout.setColspan(input, 3);
            }
        });
        layout.setColspan(qualifications, 2);
        layout.setColspan(conflictBox, 3);
        Div section = new Div(title, layout);
        section.addClassName("cl-form-section");
        return section;
    }

    // ---- binding ------------------------------------------------------------------------------------------

    private <V> Validator<V> requiredInStage(String field) {
        return (value, context) -> {
            boolean empty = value == null
                    || (value instanceof String s && s.isBlank())
                    || (value instanceof Set<?> set && set.isEmpty());
            return empty && LeadRules.requiredFields(stage).contains(field)
                    ? ValidationResult.error(getTranslation("lead.error.required"))
                    : ValidationResult.ok();
        };
    }

    private Validator<BigDecimal> amount(String field) {
        return (value, context) -> {
            String problem = LeadRules.amountProblem(value);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(problem));
        };
    }

    private Validator<@Nullable BigDecimal> numberRule(LeadNumberField field) {
        return (value, context) -> {
            String problem = LeadRules.numberProblem(field, value);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(problem));
        };
    }

    /** Binds a plain number field's input: a count's integer turned into the draft's decimal. */
    private void bindNumber(LeadNumberField field, TextFieldBase<?, ?> input) {
        if (input instanceof IntegerField count) {
            binder.forField(count)
                    .<@Nullable BigDecimal>withConverter(
                            value -> value == null ? null : BigDecimal.valueOf(value),
                            value -> value == null ? null : value.intValue())
                    .withValidator(numberRule(field))
                    .bind(draft -> draft.number(field), (draft, value) -> draft.setNumber(field, value));
        } else {
            binder.forField((BigDecimalField) input)
                    .withValidator(numberRule(field))
                    .bind(draft -> draft.number(field), (draft, value) -> draft.setNumber(field, value));
        }
    }

    private void bindFields() {
        binder.forField(projectName)
                .withValidator(requiredInStage("projectName"))
                .bind(LeadDraft::getProjectName, LeadDraft::setProjectName);
        binder.forField(investorName)
                .withValidator(requiredInStage("investorName"))
                .bind(LeadDraft::getInvestorName, LeadDraft::setInvestorName);
        binder.forField(creditCode)
                .withValidator(requiredInStage("creditCode"))
                .withValidator(new CreditCodeValidator(this::getTranslation))
                .bind(LeadDraft::getCreditCode, LeadDraft::setCreditCode);
        binder.forField(investorType)
                .withValidator(requiredInStage("investorType"))
                .bind(LeadDraft::getInvestorType, LeadDraft::setInvestorType);
        binder.forField(qualifications).bind(LeadDraft::getQualifications, LeadDraft::setQualifications);
        binder.forField(sector)
                .withValidator(requiredInStage("sectorId"))
                .withConverter(
                        option -> option == null ? null : option.id(),
                        id -> sectors.stream()
                                .filter(s -> Objects.equals(s.id(), id))
                                .findFirst()
                                .orElse(null))
                .bind(LeadDraft::getSectorId, LeadDraft::setSectorId);
        binder.forField(chainLink)
                .withValidator(requiredInStage("chainLinkId"))
                .withConverter(
                        option -> option == null ? null : option.id(),
                        id -> chainLinks.stream()
                                .filter(l -> Objects.equals(l.id(), id))
                                .findFirst()
                                .orElse(null))
                .bind(LeadDraft::getChainLinkId, LeadDraft::setChainLinkId);
        binder.forField(chainPurpose)
                .withValidator(requiredInStage("chainPurpose"))
                .bind(LeadDraft::getChainPurpose, LeadDraft::setChainPurpose);
        binder.forField(projectType)
                .withValidator(requiredInStage("projectType"))
                .bind(LeadDraft::getProjectType, LeadDraft::setProjectType);
        binder.forField(hotIndustry).bind(LeadDraft::isHotIndustry, LeadDraft::setHotIndustry);
        binder.forField(totalInvestment)
                .withValidator(requiredInStage("totalInvestment"))
                .withValidator(amount("totalInvestment"))
                .bind(LeadDraft::getTotalInvestment, LeadDraft::setTotalInvestment);
        binder.forField(channel)
                .withValidator(requiredInStage("channel"))
                .bind(LeadDraft::getChannel, LeadDraft::setChannel);
        binder.forField(referrer)
                .withValidator(
                        value -> !LeadRules.referrerMissing(channel.getValue(), value),
                        getTranslation("lead.error.referrerRequired"))
                .bind(LeadDraft::getReferrer, LeadDraft::setReferrer);
        binder.forField(originRegion)
                .withValidator(requiredInStage("originRegion"))
                .bind(LeadDraft::getOriginRegion, LeadDraft::setOriginRegion);
        numbers.forEach(this::bindNumber);
        dates.forEach((field, input) ->
                binder.forField(input).bind(draft -> draft.date(field), (draft, value) -> draft.setDate(field, value)));
        texts.forEach((field, input) ->
                binder.forField(input).bind(draft -> draft.text(field), (draft, value) -> draft.setText(field, value)));
        binder.forField(unit)
                .withConverter(
                        option -> option == null ? null : option.id(),
                        id -> units.stream()
                                .filter(u -> Objects.equals(u.id(), id))
                                .findFirst()
                                .orElse(null))
                .bind(LeadDraft::getUnitId, LeadDraft::setUnitId);
        binder.forField(owner)
                .withConverter(option -> option == null ? null : option.id(), this::ownerOption)
                .bind(LeadDraft::getOwnerId, LeadDraft::setOwnerId);
        binder.forField(leader)
                .withConverter(option -> option == null ? null : option.id(), id -> leaderOption(id))
                .bind(LeadDraft::getLeaderId, LeadDraft::setLeaderId);
        binder.forField(signedOn)
                .withValidator(requiredInStage("signedOn"))
                .bind(LeadDraft::getSignedOn, LeadDraft::setSignedOn);
        binder.forField(signedAmount)
                .withValidator(requiredInStage("signedAmount"))
                .withValidator(amount("signedAmount"))
                .bind(LeadDraft::getSignedAmount, LeadDraft::setSignedAmount);
        binder.forField(fundsReceived)
                .withValidator(amount("fundsReceived"))
                .bind(LeadDraft::getFundsReceived, LeadDraft::setFundsReceived);
        binder.forField(plannedStartOn)
                .withValidator(requiredInStage("plannedStartOn"))
                .bind(LeadDraft::getPlannedStartOn, LeadDraft::setPlannedStartOn);
        binder.forField(actualStartOn)
                .withValidator(requiredInStage("actualStartOn"))
                .bind(LeadDraft::getActualStartOn, LeadDraft::setActualStartOn);
        binder.forField(plannedProductionOn).bind(LeadDraft::getPlannedProductionOn, LeadDraft::setPlannedProductionOn);
        binder.forField(actualProductionOn)
                .withValidator(requiredInStage("actualProductionOn"))
                .bind(LeadDraft::getActualProductionOn, LeadDraft::setActualProductionOn);
        binder.forField(lostReason)
                .withValidator(requiredInStage("lostReason"))
                .bind(LeadDraft::getLostReason, LeadDraft::setLostReason);
        binder.forField(claimReason)
                .withValidator(
                        value -> !fileClaim.getValue() || !value.isBlank(), getTranslation("lead.error.required"))
                .bind(LeadDraft::getClaimReason, LeadDraft::setClaimReason);
        channel.addValueChangeListener(e -> binder.validate());
    }

    private @Nullable UserOption ownerOption(@Nullable Long id) {
        if (id == null) {
            return null;
        }
        return owner.getListDataView()
                .getItems()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElse(null);
    }

    private @Nullable UserOption leaderOption(@Nullable Long id) {
        if (id == null) {
            return null;
        }
        return leader.getListDataView()
                .getItems()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElse(null);
    }

    // ---- API of the form ----------------------------------------------------------------------------------

    /**
     * Shows a lead: its draft, its stage (which decides what is required) and whether ownership can be chosen
     * here (only when creating) and whether anything can be edited.
     */
    public void setLead(LeadDraft value, LeadStage currentStage, boolean creating, boolean editable) {
        this.draft = value;
        this.stage = currentStage;
        if (value.getUnitId() != null) {
            owner.setItems(owners.officersOf(value.getUnitId()));
        }
        loading = true;
        try {
            binder.readBean(value);
        } finally {
            loading = false;
        }
        Set<String> required = LeadRules.requiredFields(currentStage);
        fieldsByName.forEach((name, component) -> {
            if (component instanceof HasValue<?, ?> field) {
                field.setRequiredIndicatorVisible(required.contains(name));
                field.setReadOnly(!editable);
            }
        });
        unit.setReadOnly(!editable || !creating);
        owner.setReadOnly(!editable || !creating);
        lostReason.setVisible(currentStage == LeadStage.LOST);
        fileClaim.setValue(false);
        fileClaim.setReadOnly(!editable);
        clearServerErrors();
        refreshConflicts();
    }

    /** Where the form looks up 撞单 hints; without one it shows none. */
    public void setConflictSource(@Nullable ConflictSource source) {
        this.conflictSource = source;
    }

    /** Asks for hints about the investor as entered and shows them, with the claim choice when one applies. */
    void refreshConflicts() {
        String name =
                investorName.getValue() == null ? "" : investorName.getValue().strip();
        // the credit code alone is enough: leaving either field looks up (issue 13, point 7)
        String code =
                CreditCode.parse(creditCode.getValue()).map(CreditCode::value).orElse("");
        if (conflictSource == null || investorName.isReadOnly() || name.isEmpty() && code.isEmpty()) {
            showConflicts(List.of());
            return;
        }
        showConflicts(conflictSource.conflictsOf(
                name, code, unit.getValue() == null ? null : unit.getValue().id()));
    }

    private void showConflicts(List<InvestorConflict> found) {
        conflicts = List.copyOf(found);
        conflictHints.removeAll();
        for (InvestorConflict conflict : conflicts) {
            Span line = new Span(ConflictHintText.of(this, getLocale(), conflict));
            line.addClassName("cl-conflict-hint");
            line.getElement().setAttribute("data-likeness", conflict.likeness().name());
            conflictHints.add(line);
        }
        boolean claimable = conflicts.stream().anyMatch(c -> c.claim() != InvestorConflict.ClaimOption.NONE);
        boolean required = conflicts.stream().anyMatch(c -> c.claim() == InvestorConflict.ClaimOption.REQUIRED);
        if (required) {
            Span instruction = new Span(getTranslation("lead.conflict.claimRequired"));
            instruction.addClassName("cl-conflict-instruction");
            conflictHints.add(instruction);
        }
        if (!claimable) {
            fileClaim.setValue(false);
        }
        fileClaim.setVisible(claimable);
        claimReason.setVisible(claimable && fileClaim.getValue());
        conflictBox.setVisible(!conflicts.isEmpty());
    }

    /** The hints shown now (for tests and the page). */
    public List<InvestorConflict> conflicts() {
        return conflicts;
    }

    /** A new lead asks for little: site needs and progress come later, once it is registered. */
    public void setCreateMode(boolean creating) {
        siteSection.setVisible(!creating);
        progressSection.setVisible(!creating);
    }

    /** Writes the fields into the draft if they are valid, and fires {@link SaveEvent}. */
    public boolean save() {
        clearServerErrors();
        if (binder.writeBeanIfValid(draft)) {
            if (!fileClaim.getValue()) {
                draft.setClaimReason("");
            }
            fireEvent(new SaveEvent(this, draft));
            return true;
        }
        // point the user at the first field to fix, wherever it is on the page
        binder.validate().getFieldValidationErrors().stream()
                .findFirst()
                .map(error -> error.getField())
                .filter(field -> field instanceof com.vaadin.flow.component.Focusable<?>)
                .ifPresent(field -> ((com.vaadin.flow.component.Focusable<?>) field).focus());
        com.chainleads.base.ui.Notifications.error(getTranslation("lead.error.fixFields"));
        return false;
    }

    public boolean hasChanges() {
        return binder.hasChanges();
    }

    /** What the user typed, whether or not it is valid (for comparing with what someone else saved). */
    public LeadDraft currentInput() {
        LeadDraft input = draft.copy();
        binder.writeBeanAsDraft(input, true);
        return input;
    }

    /** Puts the server's messages at their fields; returns the problems that have no field on this form. */
    public List<FieldProblem> showProblems(List<FieldProblem> problems) {
        if (problems.stream().anyMatch(p -> "claimReason".equals(p.field()))) {
            // the server found a 撞单 the form had not shown yet: show it, with the claim to fill in
            refreshConflicts();
            if (fileClaim.isVisible()) {
                fileClaim.setValue(true);
            }
        }
        List<FieldProblem> unplaced = new java.util.ArrayList<>();
        for (FieldProblem problem : problems) {
            Component component = problem.field() == null ? null : fieldsByName.get(problem.field());
            if (component instanceof HasValidation field && component.isVisible()) {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                field.setInvalid(true);
                if (component == claimReason) {
                    claimReason.focus(); // far above the save button: bring it into view
                }
            } else {
                unplaced.add(problem);
            }
        }
        return unplaced;
    }

    /** The label of a field, for messages about fields this form does not show. */
    public String label(String field) {
        return getTranslation("lead.field." + field);
    }

    private void clearServerErrors() {
        fieldsByName.values().forEach(component -> {
            if (component instanceof HasValidation field && component instanceof AbstractField<?, ?>) {
                field.setInvalid(false);
            }
        });
    }

    public static final class SaveEvent extends ComponentEvent<LeadForm> {
        private final LeadDraft draft;

        SaveEvent(LeadForm source, LeadDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public LeadDraft draft() {
            return draft;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}

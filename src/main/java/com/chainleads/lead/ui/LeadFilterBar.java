package com.chainleads.lead.ui;

import com.chainleads.base.ui.DatePickers;
import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.security.service.UnitOption;
import com.chainleads.security.service.UserOption;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The lead list's filters. {@link #setFilter} shows a filter (e.g. from the URL) without firing; each change
 * by the user fires one {@link FilterChangedEvent} with the whole new filter.
 *
 * <p>Size: about a dozen filter fields, each bound to the filter record, with the wide and narrow-screen layouts.
 */
public class LeadFilterBar extends Div {

    final TextField text = new TextField();
    final MultiSelectComboBox<SectorOption> sectors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<LeadStage> stages = new MultiSelectComboBox<>();
    final ComboBox<ChainLinkOption> chainLink = new ComboBox<>();
    final Button clear = new Button();
    final Details more = new Details();
    /** The filters under "更多筛选", made when first needed: most lists are never filtered by them. */
    @Nullable
    MoreFilters moreFilters;

    final Div extra = new Div();

    private final FilterOptions options;
    private LeadFilter shown = LeadFilter.NONE;
    private boolean updating;

    /**
     * The less used filters. Each field costs every open list a few kB on the server, so they exist only once
     * "更多筛选" has been opened or the filter shown uses one of them.
     */
    final class MoreFilters extends Div {
        final ComboBox<UnitOption> unit = new ComboBox<>();
        final ComboBox<UserOption> owner = new ComboBox<>();
        final BigDecimalField minInvestment = new BigDecimalField();
        final BigDecimalField maxInvestment = new BigDecimalField();
        final MultiSelectComboBox<QualificationTag> qualifications = new MultiSelectComboBox<>();
        final Select<String> hotIndustry = new Select<>();
        final DatePicker reportedFrom = new DatePicker();
        final DatePicker reportedTo = new DatePicker();
        final DatePicker followUpFrom = new DatePicker();
        final DatePicker followUpTo = new DatePicker();

        private MoreFilters(Locale locale) {
            addClassName("cl-filter-row");
            unit.setLabel(getTranslation("lead.list.unit"));
            unit.setItems(options.units());
            unit.setItemLabelGenerator(u -> u.name(locale));
            unit.setClearButtonVisible(true);

            owner.setLabel(getTranslation("lead.list.owner"));
            owner.setItems(options.officers());
            owner.setItemLabelGenerator(UserOption::displayName);
            owner.setClearButtonVisible(true);

            minInvestment.setLabel(getTranslation("lead.list.minInvestment"));
            minInvestment.setClearButtonVisible(true);
            maxInvestment.setLabel(getTranslation("lead.list.maxInvestment"));
            maxInvestment.setClearButtonVisible(true);
            minInvestment.setValueChangeMode(ValueChangeMode.LAZY);
            maxInvestment.setValueChangeMode(ValueChangeMode.LAZY);

            qualifications.setLabel(getTranslation("lead.list.qualifications"));
            qualifications.setItems(QualificationTag.values());
            qualifications.setItemLabelGenerator(q -> getTranslation(q.translationKey()));
            qualifications.setClearButtonVisible(true);

            hotIndustry.setLabel(getTranslation("lead.list.hotIndustry"));
            hotIndustry.setItems("", "true", "false");
            hotIndustry.setItemLabelGenerator(v -> getTranslation(
                    switch (v) {
                        case "true" -> "lead.list.hot.yes";
                        case "false" -> "lead.list.hot.no";
                        default -> "lead.list.hot.any";
                    }));
            hotIndustry.setValue("");

            reportedFrom.setLabel(getTranslation("lead.list.reportedFrom"));
            reportedTo.setLabel(getTranslation("lead.list.reportedTo"));
            followUpFrom.setLabel(getTranslation("lead.list.followUpFrom"));
            followUpTo.setLabel(getTranslation("lead.list.followUpTo"));
            for (DatePicker picker : List.of(reportedFrom, reportedTo, followUpFrom, followUpTo)) {
                picker.setClearButtonVisible(true);
                picker.setI18n(DatePickers.i18n(locale));
            }
            add(
                    unit,
                    owner,
                    minInvestment,
                    maxInvestment,
                    qualifications,
                    hotIndustry,
                    reportedFrom,
                    reportedTo,
                    followUpFrom,
                    followUpTo);
            fireOnUserChanges(List.of(
                    unit,
                    owner,
                    minInvestment,
                    maxInvestment,
                    qualifications,
                    hotIndustry,
                    reportedFrom,
                    reportedTo,
                    followUpFrom,
                    followUpTo));
        }

        private void show(LeadFilter filter) {
            unit.setValue(options.units().stream()
                    .filter(u -> u.code().equals(filter.unit()))
                    .findFirst()
                    .orElse(null));
            owner.setValue(options.officers().stream()
                    .filter(u -> u.username().equals(filter.owner()))
                    .findFirst()
                    .orElse(null));
            minInvestment.setValue(filter.minInvestment());
            maxInvestment.setValue(filter.maxInvestment());
            qualifications.setValue(filter.qualifications());
            hotIndustry.setValue(
                    filter.hotIndustry() == null ? "" : filter.hotIndustry().toString());
            reportedFrom.setValue(filter.reportedFrom());
            reportedTo.setValue(filter.reportedTo());
            followUpFrom.setValue(filter.nextFollowUpFrom());
            followUpTo.setValue(filter.nextFollowUpTo());
        }

        private void read(LeadFilter.Builder b) {
            String hot = hotIndustry.getValue();
            b.unit = unit.getValue() == null ? null : unit.getValue().code();
            b.owner = owner.getValue() == null ? null : owner.getValue().username();
            b.minInvestment = minInvestment.getValue();
            b.maxInvestment = maxInvestment.getValue();
            b.qualifications = qualifications.getValue();
            b.hotIndustry = hot == null || hot.isEmpty() ? null : Boolean.valueOf(hot);
            b.reportedFrom = reportedFrom.getValue();
            b.reportedTo = reportedTo.getValue();
            b.nextFollowUpFrom = followUpFrom.getValue();
            b.nextFollowUpTo = followUpTo.getValue();
        }
    }

    LeadFilterBar(FilterOptions options) {
        this.options = options;
        addClassName("cl-filter-bar");
        Locale locale = getLocale();

        text.setPlaceholder(getTranslation("lead.list.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(500);
        text.addClassName("cl-filter-text");

        sectors.setPlaceholder(getTranslation("lead.list.sectors"));
        sectors.setItems(options.sectors());
        sectors.setItemLabelGenerator(s -> s.name(locale));
        sectors.setClearButtonVisible(true);

        stages.setPlaceholder(getTranslation("lead.list.stages"));
        stages.setItems(LeadStage.values());
        stages.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        stages.setClearButtonVisible(true);

        chainLink.setPlaceholder(getTranslation("lead.list.chainLink"));
        chainLink.setItemLabelGenerator(l -> sectorName(l.sectorId(), locale) + " · " + l.name(locale));
        chainLink.setClearButtonVisible(true);
        updateChainLinks(Set.of());

        clear.setText(getTranslation("lead.list.clearFilters"));
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            setFilter(LeadFilter.NONE);
            fireEvent(new FilterChangedEvent(this, LeadFilter.NONE));
        });

        Div primary = new Div(text, sectors, stages, chainLink, clear);
        primary.addClassName("cl-filter-row");
        more.setSummaryText(getTranslation("lead.list.moreFilters"));
        more.addClassName("cl-filter-more");
        more.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                moreFilters();
            }
        });
        extra.addClassName("cl-filter-extra");
        add(primary, more, extra);

        sectors.addValueChangeListener(e ->
                updateChainLinks(e.getValue().stream().map(SectorOption::id).collect(Collectors.toSet())));
        fireOnUserChanges(List.of(text, sectors, stages, chainLink));
    }

    /** A change the user makes in one of the fields fires the whole new filter. */
    private void fireOnUserChanges(List<HasValue<?, ?>> fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> {
                if (!updating && e.isFromClient()) {
                    fireEvent(new FilterChangedEvent(this, getFilter()));
                }
            });
        }
    }

    /** The filters under "更多筛选", made (showing the current filter) on first use. */
    MoreFilters moreFilters() {
        if (moreFilters == null) {
            boolean wasUpdating = updating;
            updating = true;
            try {
                moreFilters = new MoreFilters(getLocale());
                moreFilters.show(shown);
            } finally {
                updating = wasUpdating;
            }
            more.add(moreFilters);
        }
        return moreFilters;
    }

    private String sectorName(long sectorId, Locale locale) {
        return options.sectors().stream()
                .filter(s -> s.id() == sectorId)
                .findFirst()
                .map(s -> s.name(locale))
                .orElse("");
    }

    private void updateChainLinks(Set<Long> sectorIds) {
        ChainLinkOption selected = chainLink.getValue();
        // no sector chosen: the shared list itself, not a copy per session
        List<ChainLinkOption> links = sectorIds.isEmpty()
                ? options.chainLinks()
                : options.chainLinks().stream()
                        .filter(l -> sectorIds.contains(l.sectorId()))
                        .toList();
        boolean wasUpdating = updating;
        updating = true;
        chainLink.setItems(links);
        if (selected != null && links.contains(selected)) {
            chainLink.setValue(selected);
        }
        updating = wasUpdating;
    }

    /**
     * The filter the fields show now, on top of the criteria the bar has no field for (e.g. a region or a
     * signing period from a cockpit drill-down), which stay until removed.
     */
    public LeadFilter getFilter() {
        return shown.with(b -> {
            b.text = text.getValue();
            b.sectors = sectors.getValue().stream().map(SectorOption::code).collect(Collectors.toSet());
            b.chainLink =
                    chainLink.getValue() == null ? null : chainLink.getValue().code();
            b.stages = stages.getValue();
            if (moreFilters != null) { // otherwise they stay as shown
                moreFilters.read(b);
            }
        });
    }

    /**
     * The filter limited to what the boxes can show: a sector, chain link, unit or owner they do not offer is
     * dropped and noted in {@code unknown}; a code written in another case is taken as the one offered.
     */
    public LeadFilter known(LeadFilter asked, UnknownFilterValues unknown) {
        return asked.with(b -> {
            Set<String> sectorCodes = new java.util.LinkedHashSet<>();
            for (String code : asked.sectors()) {
                options.sectors().stream()
                        .filter(s -> s.code().equalsIgnoreCase(code))
                        .findFirst()
                        .ifPresentOrElse(
                                s -> sectorCodes.add(s.code()),
                                () -> unknown.add(UnknownFilterValues.Kind.SECTOR, code));
            }
            b.sectors = sectorCodes;
            b.chainLink = offered(
                    asked.chainLink(),
                    options.chainLinks().stream().map(ChainLinkOption::code),
                    UnknownFilterValues.Kind.CHAIN_LINK,
                    unknown);
            b.unit = offered(
                    asked.unit(),
                    options.units().stream().map(UnitOption::code),
                    UnknownFilterValues.Kind.UNIT,
                    unknown);
            b.owner = offered(
                    asked.owner(),
                    options.officers().stream().map(UserOption::username),
                    UnknownFilterValues.Kind.OWNER,
                    unknown);
        });
    }

    private static @Nullable String offered(
            @Nullable String asked,
            java.util.stream.Stream<String> codes,
            UnknownFilterValues.Kind kind,
            UnknownFilterValues unknown) {
        if (asked == null) {
            return null;
        }
        String found =
                codes.filter(code -> code.equalsIgnoreCase(asked)).findFirst().orElse(null);
        if (found == null) {
            unknown.add(kind, asked);
        }
        return found;
    }

    /** Shows the filter in the fields, without firing change events. */
    public void setFilter(LeadFilter filter) {
        updating = true;
        shown = filter;
        try {
            text.setValue(Objects.requireNonNullElse(filter.text(), ""));
            sectors.setValue(options.sectors().stream()
                    .filter(s -> filter.sectors().contains(s.code()))
                    .collect(Collectors.toSet()));
            updateChainLinks(sectors.getValue().stream().map(SectorOption::id).collect(Collectors.toSet()));
            chainLink.setValue(options.chainLinks().stream()
                    .filter(l -> l.code().equals(filter.chainLink()))
                    .findFirst()
                    .orElse(null));
            stages.setValue(filter.stages());
            boolean secondaryUsed = filter.unit() != null
                    || filter.owner() != null
                    || filter.minInvestment() != null
                    || filter.maxInvestment() != null
                    || !filter.qualifications().isEmpty()
                    || filter.hotIndustry() != null
                    || filter.reportedFrom() != null
                    || filter.reportedTo() != null
                    || filter.nextFollowUpFrom() != null
                    || filter.nextFollowUpTo() != null;
            if (secondaryUsed || moreFilters != null) {
                moreFilters().show(filter);
            }
            if (secondaryUsed) {
                more.setOpened(true);
            }
            showExtraCriteria(filter);
        } finally {
            updating = false;
        }
    }

    /** Criteria without a field here (from drill-downs) show as removable chips. */
    private void showExtraCriteria(LeadFilter filter) {
        extra.removeAll();
        List<Button> chips = new java.util.ArrayList<>();
        if (!filter.channels().isEmpty()) {
            chips.add(chip(
                    Formats.labelValue(
                            getLocale(),
                            getTranslation("lead.field.channel"),
                            filter.channels().stream()
                                    .sorted()
                                    .map(c -> getTranslation(c.translationKey()))
                                    .collect(Collectors.joining(Formats.listSeparator(getLocale())))),
                    f -> f.with(b -> b.channels = Set.of())));
        }
        if (!filter.regions().isEmpty()) {
            chips.add(chip(
                    Formats.labelValue(
                            getLocale(),
                            getTranslation("lead.field.originRegion"),
                            filter.regions().stream()
                                    .sorted()
                                    .map(r -> getTranslation(r.translationKey()))
                                    .collect(Collectors.joining(Formats.listSeparator(getLocale())))),
                    f -> f.with(b -> b.regions = Set.of())));
        }
        if (!filter.projectTypes().isEmpty()) {
            chips.add(chip(
                    Formats.labelValue(
                            getLocale(),
                            getTranslation("lead.field.projectType"),
                            filter.projectTypes().stream()
                                    .sorted()
                                    .map(t -> getTranslation(t.translationKey()))
                                    .collect(Collectors.joining(Formats.listSeparator(getLocale())))),
                    f -> f.with(b -> b.projectTypes = Set.of())));
        }
        if (filter.signedFrom() != null || filter.signedTo() != null) {
            chips.add(chip(
                    getTranslation("lead.list.signedBetween", range(filter.signedFrom(), filter.signedTo())),
                    f -> f.withSigned(null, null)));
        }
        if (filter.landedFrom() != null || filter.landedTo() != null) {
            chips.add(chip(
                    getTranslation("lead.list.landedBetween", range(filter.landedFrom(), filter.landedTo())),
                    f -> f.withLanded(null, null)));
        }
        if (filter.activityFrom() != null || filter.activityTo() != null) {
            chips.add(chip(
                    getTranslation("lead.list.activityBetween", range(filter.activityFrom(), filter.activityTo())),
                    f -> f.withActivity(null, null)));
        }
        if (filter.reachedStage() != null) {
            chips.add(chip(
                    getTranslation(
                            "lead.list.reached",
                            getTranslation(filter.reachedStage().translationKey())),
                    f -> f.withReachedStage(null)));
        }
        chips.forEach(extra::add);
        extra.setVisible(!chips.isEmpty());
    }

    private static String range(
            java.time.@org.jspecify.annotations.Nullable LocalDate from,
            java.time.@org.jspecify.annotations.Nullable LocalDate to) {
        return com.chainleads.base.ui.Formats.date(from) + " ~ " + com.chainleads.base.ui.Formats.date(to);
    }

    private Button chip(String label, java.util.function.UnaryOperator<LeadFilter> remove) {
        Button chip = new Button(label, VaadinIcon.CLOSE_SMALL.create(), e -> {
            LeadFilter next = remove.apply(shown);
            setFilter(next);
            fireEvent(new FilterChangedEvent(this, next));
        });
        chip.setIconAfterText(true);
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        chip.addClassName("cl-filter-chip");
        return chip;
    }

    public static final class FilterChangedEvent extends ComponentEvent<LeadFilterBar> {
        private final LeadFilter filter;

        FilterChangedEvent(LeadFilterBar source, LeadFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        public LeadFilter filter() {
            return filter;
        }
    }

    public Registration addFilterChangedListener(ComponentEventListener<FilterChangedEvent> listener) {
        return addListener(FilterChangedEvent.class, listener);
    }
}

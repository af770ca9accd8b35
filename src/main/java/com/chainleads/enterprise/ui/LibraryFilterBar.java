package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.UnknownFilterValues;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.service.LibraryFilter;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;

/**
 * The library's filter boxes: text, sector, chain link (of the chosen sector), tier held today, 规上 only,
 * platform level. Fires {@link FilterChangedEvent} with the new filter; the view puts it in the address.
 */
public class LibraryFilterBar extends HorizontalLayout {

    final TextField text = new TextField();
    final ComboBox<SectorOption> sector = new ComboBox<>();
    final ComboBox<ChainLinkOption> link = new ComboBox<>();
    final Select<CultivationTier> tier = new Select<>();
    final Select<PlatformLevel> platform = new Select<>();
    final Checkbox aboveScale = new Checkbox();

    private final List<SectorOption> sectors;
    private final List<ChainLinkOption> links;
    private boolean setting;

    public LibraryFilterBar(List<SectorOption> sectors, List<ChainLinkOption> links) {
        this.sectors = sectors;
        this.links = links;
        text.setPlaceholder(getTranslation("enterprise.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        sector.setPlaceholder(getTranslation("enterprise.filter.allSectors"));
        sector.setItems(sectors);
        sector.setItemLabelGenerator(s -> s.name(getLocale()));
        sector.setClearButtonVisible(true);
        link.setPlaceholder(getTranslation("enterprise.filter.allLinks"));
        link.setItemLabelGenerator(l -> l.name(getLocale()));
        link.setClearButtonVisible(true);
        link.setItems(links);
        tier.setItems(CultivationTier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("enterprise.filter.allTiers"));
        tier.setItemLabelGenerator(
                t -> t == null ? getTranslation("enterprise.filter.allTiers") : getTranslation(t.translationKey()));
        platform.setItems(PlatformLevel.values());
        platform.setEmptySelectionAllowed(true);
        platform.setEmptySelectionCaption(getTranslation("enterprise.filter.anyPlatform"));
        platform.setItemLabelGenerator(l -> l == null
                ? getTranslation("enterprise.filter.anyPlatform")
                : getTranslation("enterprise.filter.platform", getTranslation(l.translationKey())));
        aboveScale.setLabel(getTranslation("enterprise.filter.aboveScale"));

        sector.addValueChangeListener(e -> {
            if (!setting) {
                link.clear();
            }
            link.setItems(
                    e.getValue() == null
                            ? links
                            : links.stream()
                                    .filter(l -> l.sectorId() == e.getValue().id())
                                    .toList());
        });
        text.addValueChangeListener(e -> changed());
        sector.addValueChangeListener(e -> changed());
        link.addValueChangeListener(e -> changed());
        tier.addValueChangeListener(e -> changed());
        platform.addValueChangeListener(e -> changed());
        aboveScale.addValueChangeListener(e -> changed());

        add(text, sector, link, tier, platform, aboveScale);
        setWidthFull();
        setFlexGrow(1, text);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("cl-toolbar");
    }

    /** The filter as the boxes show it. */
    public LibraryFilter filter() {
        return new LibraryFilter(
                text.getValue().isBlank() ? null : text.getValue().strip(),
                sector.getValue() == null ? null : sector.getValue().code(),
                link.getValue() == null ? null : link.getValue().code(),
                tier.getValue(),
                aboveScale.getValue(),
                platform.getValue());
    }

    /** Shows a filter without firing a change. */
    public void setFilter(LibraryFilter filter) {
        setting = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            sector.setValue(sectors.stream()
                    .filter(s -> s.code().equals(filter.sector()))
                    .findFirst()
                    .orElse(null));
            link.setValue(links.stream()
                    .filter(l -> l.code().equals(filter.link()))
                    .findFirst()
                    .orElse(null));
            tier.setValue(filter.tier());
            platform.setValue(filter.platformLevel());
            aboveScale.setValue(filter.aboveScaleOnly());
        } finally {
            setting = false;
        }
    }

    /** The filter with the sector and link codes the boxes do not offer taken out, each noted in {@code unknown}. */
    public LibraryFilter known(LibraryFilter filter, UnknownFilterValues unknown) {
        String sectorCode = filter.sector();
        if (sectorCode != null && sectors.stream().noneMatch(s -> s.code().equals(filter.sector()))) {
            unknown.add(UnknownFilterValues.Kind.SECTOR, sectorCode);
            sectorCode = null;
        }
        String linkCode = filter.link();
        if (linkCode != null && links.stream().noneMatch(l -> l.code().equals(filter.link()))) {
            unknown.add(UnknownFilterValues.Kind.CHAIN_LINK, linkCode);
            linkCode = null;
        }
        return new LibraryFilter(
                filter.text(), sectorCode, linkCode, filter.tier(), filter.aboveScaleOnly(), filter.platformLevel());
    }

    private void changed() {
        if (!setting) {
            fireEvent(new FilterChangedEvent(this, filter()));
        }
    }

    public Registration addFilterChangedListener(ComponentEventListener<FilterChangedEvent> listener) {
        return addListener(FilterChangedEvent.class, listener);
    }

    public static final class FilterChangedEvent extends ComponentEvent<LibraryFilterBar> {
        private final LibraryFilter filter;

        FilterChangedEvent(LibraryFilterBar source, LibraryFilter filter) {
            super(source, false);
            this.filter = Objects.requireNonNull(filter);
        }

        public LibraryFilter filter() {
            return filter;
        }
    }
}

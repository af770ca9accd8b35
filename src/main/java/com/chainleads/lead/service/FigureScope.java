package com.chainleads.lead.service;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which leads a figure counts: some sectors (none = all) and one responsible unit (none = all), by code as in the
 * {@link LeadFilter}; the caller's visibility applies on top.
 */
public record FigureScope(Set<String> sectors, @Nullable String unit) {

    public static final FigureScope ALL = new FigureScope(Set.of(), null);

    public FigureScope {
        sectors = Set.copyOf(sectors);
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    /** The list filter of the same leads, where each figure's drill-down starts. */
    public LeadFilter leads() {
        return LeadFilter.NONE.withSectors(sectors).withUnit(unit);
    }
}

package com.chainleads.cockpit.service;

import com.chainleads.lead.service.FigureScope;
import com.chainleads.lead.service.LeadFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the cockpit shows: some sectors (none = all), one unit (none = all) and a period. Travels in the URL like
 * the lead filter, e.g. {@code /cockpit?sector=NEW_MATERIALS&period=QUARTER}.
 */
public record CockpitFilter(
        Set<String> sectors,
        @Nullable String unit,
        CockpitPeriod period,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final CockpitFilter DEFAULT = new CockpitFilter(Set.of(), null, CockpitPeriod.YEAR, null, null);

    public CockpitFilter {
        sectors = Set.copyOf(sectors);
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        if (period != CockpitPeriod.CUSTOM) {
            from = null;
            to = null;
        }
    }

    /** The lead filter every cockpit figure starts from: these sectors and this unit. */
    public LeadFilter leads() {
        return scope().leads();
    }

    /** The leads every cockpit figure counts: these sectors and this unit. */
    public FigureScope scope() {
        return new FigureScope(sectors, unit);
    }

    public DateRange range(LocalDate today) {
        return period.range(today, from, to);
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!sectors.isEmpty()) {
            parameters.put("sector", sectors.stream().sorted().toList());
        }
        if (unit != null) {
            parameters.put("unit", List.of(unit));
        }
        if (period != CockpitPeriod.YEAR) {
            parameters.put("period", List.of(period.name()));
        }
        if (from != null) {
            parameters.put("from", List.of(from.toString()));
        }
        if (to != null) {
            parameters.put("to", List.of(to.toString()));
        }
        return parameters;
    }

    public static CockpitFilter fromParameters(Map<String, List<String>> parameters) {
        Set<String> sectors = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault("sector", List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    sectors.add(part.strip());
                }
            }
        }
        CockpitPeriod period = CockpitPeriod.YEAR;
        String raw = first(parameters, "period");
        if (raw != null) {
            try {
                period = CockpitPeriod.valueOf(raw.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // unknown period in the URL: the default
            }
        }
        return new CockpitFilter(
                sectors,
                first(parameters, "unit"),
                period,
                date(first(parameters, "from")),
                date(first(parameters, "to")));
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, new ArrayList<>());
        return values.isEmpty() ? null : values.get(0);
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the supervision list (督办) shows: a status (none: every open issue), a type, a department, sectors and a
 * unit (by code; the cockpit's drill-down may name several sectors), overdue only. The same record travels in the URL ({@code /issues?overdue=1&department=NATURAL_RESOURCES}),
 * so a notice, a bookmark or the cockpit can open the list on exactly the issues it names.
 */
public record IssueFilter(
        @Nullable IssueStatus status,
        @Nullable IssueType type,
        @Nullable String department,
        Set<String> sectors,
        @Nullable String unit,
        boolean overdueOnly) {

    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String DEPARTMENT = "department";
    static final String SECTOR = "sector";
    static final String OVERDUE = "overdue";
    static final String UNIT = "unit";

    /** Every open issue. */
    public static IssueFilter open() {
        return new IssueFilter(null, null, null, Set.of(), null, false);
    }

    public static IssueFilter overdue() {
        return new IssueFilter(null, null, null, Set.of(), null, true);
    }

    /** Overdue applies to open issues: with it, a status of 已办结 means nothing. */
    public IssueFilter {
        if (overdueOnly && status == IssueStatus.DONE) {
            status = null;
        }
        sectors = Set.copyOf(sectors);
    }

    /** The one sector asked for (the list's sector box shows one); null for none or several. */
    public @Nullable String sector() {
        return sectors.size() == 1 ? sectors.iterator().next() : null;
    }

    public IssueFilter withStatus(@Nullable IssueStatus value) {
        return new IssueFilter(value, type, department, sectors, unit, overdueOnly && value != IssueStatus.DONE);
    }

    public IssueFilter withType(@Nullable IssueType value) {
        return new IssueFilter(status, value, department, sectors, unit, overdueOnly);
    }

    public IssueFilter withDepartment(@Nullable String code) {
        return new IssueFilter(status, type, code, sectors, unit, overdueOnly);
    }

    public IssueFilter withSector(@Nullable String code) {
        return new IssueFilter(status, type, department, code == null ? Set.of() : Set.of(code), unit, overdueOnly);
    }

    /** Issues of projects in any of these sectors (codes; none = all), as the cockpit's sectors. */
    public IssueFilter withSectors(Set<String> codes) {
        return new IssueFilter(status, type, department, codes, unit, overdueOnly);
    }

    /** Issues of one unit's projects (code; none = all). */
    public IssueFilter withUnit(@Nullable String code) {
        return new IssueFilter(status, type, department, sectors, code, overdueOnly);
    }

    public IssueFilter withOverdueOnly(boolean only) {
        return new IssueFilter(status, type, department, sectors, unit, only);
    }

    /** The query parameters of this filter, empty values left out. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (status != null) {
            parameters.put(STATUS, List.of(status.name()));
        }
        if (type != null) {
            parameters.put(TYPE, List.of(type.name()));
        }
        if (department != null) {
            parameters.put(DEPARTMENT, List.of(department));
        }
        if (!sectors.isEmpty()) {
            parameters.put(SECTOR, List.copyOf(new java.util.TreeSet<>(sectors)));
        }
        if (unit != null) {
            parameters.put(UNIT, List.of(unit));
        }
        if (overdueOnly) {
            parameters.put(OVERDUE, List.of("1"));
        }
        return parameters;
    }

    /**
     * Reads query parameters. Values that do not parse are left out; department and sector codes are taken as
     * written and checked by the view against the options it offers.
     */
    public static IssueFilter fromParameters(Map<String, List<String>> parameters) {
        return new IssueFilter(
                parse(IssueStatus.class, first(parameters, STATUS)),
                parse(IssueType.class, first(parameters, TYPE)),
                code(first(parameters, DEPARTMENT)),
                codes(parameters, SECTOR),
                code(first(parameters, UNIT)),
                "1".equals(first(parameters, OVERDUE)) || "true".equals(first(parameters, OVERDUE)));
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank()
                ? null
                : values.get(0).strip();
    }

    private static Set<String> codes(Map<String, List<String>> parameters, String name) {
        Set<String> codes = new java.util.TreeSet<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            String code = code(value.strip());
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static @Nullable String code(@Nullable String value) {
        return value == null || !value.matches("[A-Za-z0-9_]{1,40}") ? null : value.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

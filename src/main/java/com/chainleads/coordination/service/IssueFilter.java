package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.domain.IssueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the supervision list (督办) shows: a status (none: every open issue), a type, a department and a sector (by
 * code), overdue only. The same record travels in the URL ({@code /issues?overdue=1&department=NATURAL_RESOURCES}),
 * so a notice, a bookmark or the cockpit can open the list on exactly the issues it names.
 */
public record IssueFilter(
        @Nullable IssueStatus status,
        @Nullable IssueType type,
        @Nullable String department,
        @Nullable String sector,
        boolean overdueOnly) {

    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String DEPARTMENT = "department";
    static final String SECTOR = "sector";
    static final String OVERDUE = "overdue";

    /** Every open issue. */
    public static IssueFilter open() {
        return new IssueFilter(null, null, null, null, false);
    }

    public static IssueFilter overdue() {
        return new IssueFilter(null, null, null, null, true);
    }

    /** Overdue applies to open issues: with it, a status of 已办结 means nothing. */
    public IssueFilter {
        if (overdueOnly && status == IssueStatus.DONE) {
            status = null;
        }
    }

    public IssueFilter withStatus(@Nullable IssueStatus value) {
        return new IssueFilter(value, type, department, sector, overdueOnly && value != IssueStatus.DONE);
    }

    public IssueFilter withType(@Nullable IssueType value) {
        return new IssueFilter(status, value, department, sector, overdueOnly);
    }

    public IssueFilter withDepartment(@Nullable String code) {
        return new IssueFilter(status, type, code, sector, overdueOnly);
    }

    public IssueFilter withSector(@Nullable String code) {
        return new IssueFilter(status, type, department, code, overdueOnly);
    }

    public IssueFilter withOverdueOnly(boolean only) {
        return new IssueFilter(status, type, department, sector, only);
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
        if (sector != null) {
            parameters.put(SECTOR, List.of(sector));
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
                code(first(parameters, SECTOR)),
                "1".equals(first(parameters, OVERDUE)) || "true".equals(first(parameters, OVERDUE)));
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank()
                ? null
                : values.get(0).strip();
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

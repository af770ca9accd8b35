package com.chainleads.project.service;

import com.chainleads.construction.domain.ProjectStatus;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /projects} is filtered by: text, sectors and unit (by code), construction statuses as of today, 总投资
 * ≥ 1亿, with open coordination issues. The same record travels in the address
 * ({@code /projects?status=DELAYED&sector=ELECTRONICS&min=1yi}), so a bookmark or a notice opens the list on exactly
 * these projects; {@link #toParameters()} and {@link #fromParameters(Map)} are exact inverses. Codes are taken as
 * written and checked by the view against the options it offers; values that do not parse are left out and named by
 * {@link #notUnderstood(Map)}.
 */
public record ProjectFilter(
        @Nullable String text,
        Set<String> sectors,
        @Nullable String unit,
        Set<ProjectStatus> statuses,
        boolean atLeastOneYi,
        boolean withOpenIssues) {

    static final String TEXT = "q";
    static final String SECTOR = "sector";
    static final String UNIT = "unit";
    static final String STATUS = "status";
    static final String MIN = "min";
    static final String ONE_YI = "1yi";
    static final String ISSUES = "issues";

    public static final ProjectFilter NONE = new ProjectFilter(null, Set.of(), null, Set.of(), false, false);

    public ProjectFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        sectors = Set.copyOf(sectors);
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** Whether rows are kept or dropped by what the lead index cannot answer (construction status, open issues). */
    public boolean filtersAfterIndex() {
        return !statuses.isEmpty() || withOpenIssues;
    }

    public ProjectFilter withText(@Nullable String value) {
        return new ProjectFilter(value, sectors, unit, statuses, atLeastOneYi, withOpenIssues);
    }

    public ProjectFilter withSectors(Set<String> value) {
        return new ProjectFilter(text, value, unit, statuses, atLeastOneYi, withOpenIssues);
    }

    public ProjectFilter withUnit(@Nullable String value) {
        return new ProjectFilter(text, sectors, value, statuses, atLeastOneYi, withOpenIssues);
    }

    public ProjectFilter withStatuses(Set<ProjectStatus> value) {
        return new ProjectFilter(text, sectors, unit, value, atLeastOneYi, withOpenIssues);
    }

    public ProjectFilter withAtLeastOneYi(boolean value) {
        return new ProjectFilter(text, sectors, unit, statuses, value, withOpenIssues);
    }

    public ProjectFilter withOpenIssues(boolean value) {
        return new ProjectFilter(text, sectors, unit, statuses, atLeastOneYi, value);
    }

    /** The query parameters of this filter, empty values left out, multi-values sorted (a stable address). */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (text != null) {
            parameters.put(TEXT, List.of(text));
        }
        if (!sectors.isEmpty()) {
            parameters.put(SECTOR, List.copyOf(new TreeSet<>(sectors)));
        }
        if (unit != null) {
            parameters.put(UNIT, List.of(unit));
        }
        if (!statuses.isEmpty()) {
            parameters.put(
                    STATUS, EnumSet.copyOf(statuses).stream().map(Enum::name).toList());
        }
        if (atLeastOneYi) {
            parameters.put(MIN, List.of(ONE_YI));
        }
        if (withOpenIssues) {
            parameters.put(ISSUES, List.of("1"));
        }
        return parameters;
    }

    public static ProjectFilter fromParameters(Map<String, List<String>> parameters) {
        Set<String> sectors = new TreeSet<>();
        for (String value : values(parameters, SECTOR)) {
            String code = code(value);
            if (code != null) {
                sectors.add(code);
            }
        }
        Set<ProjectStatus> statuses = EnumSet.noneOf(ProjectStatus.class);
        for (String value : values(parameters, STATUS)) {
            ProjectStatus status = status(value);
            if (status != null) {
                statuses.add(status);
            }
        }
        List<String> units = values(parameters, UNIT);
        List<String> texts = values(parameters, TEXT);
        return new ProjectFilter(
                texts.isEmpty() ? null : texts.get(0),
                sectors,
                units.isEmpty() ? null : code(units.get(0)),
                statuses,
                values(parameters, MIN).contains(ONE_YI),
                values(parameters, ISSUES).contains("1"));
    }

    /**
     * The values of {@code parameters} this filter does not understand (an unknown status, a malformed code, an
     * unknown parameter), as {@code name=value}, for the view's notice.
     */
    public static List<String> notUnderstood(Map<String, List<String>> parameters) {
        List<String> ignored = new java.util.ArrayList<>();
        parameters.forEach((name, values) -> {
            for (String value : values) {
                if (value.isBlank()) {
                    continue;
                }
                boolean understood = switch (name) {
                    case TEXT -> true;
                    case SECTOR, UNIT -> code(value) != null;
                    case STATUS -> status(value) != null;
                    case MIN -> ONE_YI.equals(value.strip());
                    case ISSUES -> "1".equals(value.strip());
                    default -> false;
                };
                if (!understood) {
                    ignored.add(name + "=" + value);
                }
            }
        });
        return ignored;
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
    }

    private static @Nullable String code(String value) {
        String stripped = value.strip();
        return stripped.matches("[A-Za-z0-9_]{1,40}") ? stripped.toUpperCase(Locale.ROOT) : null;
    }

    private static @Nullable ProjectStatus status(String value) {
        try {
            return ProjectStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

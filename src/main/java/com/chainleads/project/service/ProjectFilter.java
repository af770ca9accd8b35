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
 * ≥ 1亿, with open coordination issues, reached 开工 / 投产 / 达产 in a year ({@code started=2026}, {@code producing=},
 * {@code full=}: by the milestone's actual date, as the cockpit counts them), with investment figures in a year
 * ({@code invested=2026}). The same record travels in the address
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
        boolean withOpenIssues,
        @Nullable Integer started,
        @Nullable Integer producing,
        @Nullable Integer fullCapacity,
        @Nullable Integer invested) {

    static final String TEXT = "q";
    static final String SECTOR = "sector";
    static final String UNIT = "unit";
    static final String STATUS = "status";
    static final String MIN = "min";
    static final String ONE_YI = "1yi";
    static final String ISSUES = "issues";
    static final String STARTED = "started";
    static final String PRODUCING = "producing";
    static final String FULL = "full";
    static final String INVESTED = "invested";

    public static final ProjectFilter NONE =
            new ProjectFilter(null, Set.of(), null, Set.of(), false, false, null, null, null, null);

    public ProjectFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        sectors = Set.copyOf(sectors);
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** Whether a milestone year or an investment year narrows the list (answered from the project figures). */
    public boolean reachesInYear() {
        return started != null || producing != null || fullCapacity != null || invested != null;
    }

    public ProjectFilter withText(@Nullable String value) {
        return new ProjectFilter(
                value,
                sectors,
                unit,
                statuses,
                atLeastOneYi,
                withOpenIssues,
                started,
                producing,
                fullCapacity,
                invested);
    }

    public ProjectFilter withSectors(Set<String> value) {
        return new ProjectFilter(
                text, value, unit, statuses, atLeastOneYi, withOpenIssues, started, producing, fullCapacity, invested);
    }

    public ProjectFilter withUnit(@Nullable String value) {
        return new ProjectFilter(
                text,
                sectors,
                value,
                statuses,
                atLeastOneYi,
                withOpenIssues,
                started,
                producing,
                fullCapacity,
                invested);
    }

    public ProjectFilter withStatuses(Set<ProjectStatus> value) {
        return new ProjectFilter(
                text, sectors, unit, value, atLeastOneYi, withOpenIssues, started, producing, fullCapacity, invested);
    }

    public ProjectFilter withAtLeastOneYi(boolean value) {
        return new ProjectFilter(
                text, sectors, unit, statuses, value, withOpenIssues, started, producing, fullCapacity, invested);
    }

    public ProjectFilter withOpenIssues(boolean value) {
        return new ProjectFilter(
                text, sectors, unit, statuses, atLeastOneYi, value, started, producing, fullCapacity, invested);
    }

    /** Projects whose 开工 milestone was reached (actual date) in {@code year}. */
    public ProjectFilter withStarted(@Nullable Integer year) {
        return new ProjectFilter(
                text, sectors, unit, statuses, atLeastOneYi, withOpenIssues, year, producing, fullCapacity, invested);
    }

    /** Projects whose 投产 milestone was reached in {@code year}. */
    public ProjectFilter withProducing(@Nullable Integer year) {
        return new ProjectFilter(
                text, sectors, unit, statuses, atLeastOneYi, withOpenIssues, started, year, fullCapacity, invested);
    }

    /** Projects whose 达产 milestone was reached in {@code year}. */
    public ProjectFilter withFullCapacity(@Nullable Integer year) {
        return new ProjectFilter(
                text, sectors, unit, statuses, atLeastOneYi, withOpenIssues, started, producing, year, invested);
    }

    /** Projects with investment figures (planned or completed) in {@code year}. */
    public ProjectFilter withInvested(@Nullable Integer year) {
        return new ProjectFilter(
                text, sectors, unit, statuses, atLeastOneYi, withOpenIssues, started, producing, fullCapacity, year);
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
        putYear(parameters, STARTED, started);
        putYear(parameters, PRODUCING, producing);
        putYear(parameters, FULL, fullCapacity);
        putYear(parameters, INVESTED, invested);
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
                values(parameters, ISSUES).contains("1"),
                year(parameters, STARTED),
                year(parameters, PRODUCING),
                year(parameters, FULL),
                year(parameters, INVESTED));
    }

    private static void putYear(Map<String, List<String>> parameters, String name, @Nullable Integer year) {
        if (year != null) {
            parameters.put(name, List.of(Integer.toString(year)));
        }
    }

    private static @Nullable Integer year(Map<String, List<String>> parameters, String name) {
        List<String> values = values(parameters, name);
        return values.isEmpty() ? null : year(values.get(0));
    }

    /** A calendar year of four digits, else null. */
    private static @Nullable Integer year(String value) {
        String stripped = value.strip();
        return stripped.matches("(19|20|21)[0-9]{2}") ? Integer.valueOf(stripped) : null;
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
                    case STARTED, PRODUCING, FULL, INVESTED -> year(value) != null;
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

package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.QualificationTag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the lead list is filtered by. The same record travels in the URL query string (so a leader can
 * bookmark "电子信息 · 在谈 · ≥1亿"), drives the list, the cockpit drill-downs and the exports. It holds stable
 * codes, never database ids; {@link #toParameters()} and {@link #fromParameters(Map)} are exact inverses.
 *
 * @param text free text in project, investor, credit code or lead number
 * @param sectors sector codes
 * @param chainLink chain link code
 * @param stages stages
 * @param unit unit code
 * @param owner owner's username
 * @param minInvestment lower bound of total investment in 万元, inclusive
 * @param maxInvestment upper bound of total investment in 万元, inclusive
 * @param qualifications the investor has all of these tags
 * @param hotIndustry 风口 flag
 * @param reportedFrom first reported on or after
 * @param reportedTo first reported on or before
 * @param nextFollowUpFrom next follow-up on or after
 * @param nextFollowUpTo next follow-up on or before
 */
public record LeadFilter(@Nullable String text, Set<String> sectors, @Nullable String chainLink,
        Set<LeadStage> stages, @Nullable String unit, @Nullable String owner, @Nullable BigDecimal minInvestment,
        @Nullable BigDecimal maxInvestment, Set<QualificationTag> qualifications, @Nullable Boolean hotIndustry,
        @Nullable LocalDate reportedFrom, @Nullable LocalDate reportedTo, @Nullable LocalDate nextFollowUpFrom,
        @Nullable LocalDate nextFollowUpTo) {

    public static final LeadFilter NONE = new LeadFilter(null, Set.of(), null, Set.of(), null, null, null, null,
            Set.of(), null, null, null, null, null);

    public LeadFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        sectors = Set.copyOf(sectors);
        stages = stages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(stages));
        qualifications = qualifications.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(qualifications));
        chainLink = blankToNull(chainLink);
        unit = blankToNull(unit);
        owner = blankToNull(owner);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public LeadFilter withText(@Nullable String value) {
        return new LeadFilter(value, sectors, chainLink, stages, unit, owner, minInvestment, maxInvestment,
                qualifications, hotIndustry, reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withSectors(Collection<String> value) {
        return new LeadFilter(text, Set.copyOf(value), chainLink, stages, unit, owner, minInvestment, maxInvestment,
                qualifications, hotIndustry, reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withChainLink(@Nullable String value) {
        return new LeadFilter(text, sectors, value, stages, unit, owner, minInvestment, maxInvestment,
                qualifications, hotIndustry, reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withStages(Collection<LeadStage> value) {
        return new LeadFilter(text, sectors, chainLink, Set.copyOf(value), unit, owner, minInvestment,
                maxInvestment, qualifications, hotIndustry, reportedFrom, reportedTo, nextFollowUpFrom,
                nextFollowUpTo);
    }

    public LeadFilter withUnit(@Nullable String value) {
        return new LeadFilter(text, sectors, chainLink, stages, value, owner, minInvestment, maxInvestment,
                qualifications, hotIndustry, reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withOwner(@Nullable String value) {
        return new LeadFilter(text, sectors, chainLink, stages, unit, value, minInvestment, maxInvestment,
                qualifications, hotIndustry, reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withInvestment(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new LeadFilter(text, sectors, chainLink, stages, unit, owner, min, max, qualifications, hotIndustry,
                reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withQualifications(Collection<QualificationTag> value) {
        return new LeadFilter(text, sectors, chainLink, stages, unit, owner, minInvestment, maxInvestment,
                Set.copyOf(value), hotIndustry, reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withHotIndustry(@Nullable Boolean value) {
        return new LeadFilter(text, sectors, chainLink, stages, unit, owner, minInvestment, maxInvestment,
                qualifications, value, reportedFrom, reportedTo, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withReported(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new LeadFilter(text, sectors, chainLink, stages, unit, owner, minInvestment, maxInvestment,
                qualifications, hotIndustry, from, to, nextFollowUpFrom, nextFollowUpTo);
    }

    public LeadFilter withNextFollowUp(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new LeadFilter(text, sectors, chainLink, stages, unit, owner, minInvestment, maxInvestment,
                qualifications, hotIndustry, reportedFrom, reportedTo, from, to);
    }

    // ---- URL query string -------------------------------------------------------------------------------

    static final String TEXT = "q";
    static final String SECTOR = "sector";
    static final String LINK = "link";
    static final String STAGE = "stage";
    static final String UNIT = "unit";
    static final String OWNER = "owner";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String TAG = "tag";
    static final String HOT = "hot";
    static final String REPORTED_FROM = "reportedFrom";
    static final String REPORTED_TO = "reportedTo";
    static final String FOLLOW_UP_FROM = "followUpFrom";
    static final String FOLLOW_UP_TO = "followUpTo";

    /** Query parameters, sorted lists, empty values left out: e.g. {@code sector=NEW_MATERIALS&min=10000}. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, TEXT, text);
        putAll(parameters, SECTOR, sectors.stream().sorted().toList());
        put(parameters, LINK, chainLink);
        putAll(parameters, STAGE, stages.stream().sorted().map(Enum::name).toList());
        put(parameters, UNIT, unit);
        put(parameters, OWNER, owner);
        put(parameters, MIN, minInvestment == null ? null : minInvestment.stripTrailingZeros().toPlainString());
        put(parameters, MAX, maxInvestment == null ? null : maxInvestment.stripTrailingZeros().toPlainString());
        putAll(parameters, TAG, qualifications.stream().sorted().map(Enum::name).toList());
        put(parameters, HOT, hotIndustry == null ? null : hotIndustry.toString());
        put(parameters, REPORTED_FROM, reportedFrom == null ? null : reportedFrom.toString());
        put(parameters, REPORTED_TO, reportedTo == null ? null : reportedTo.toString());
        put(parameters, FOLLOW_UP_FROM, nextFollowUpFrom == null ? null : nextFollowUpFrom.toString());
        put(parameters, FOLLOW_UP_TO, nextFollowUpTo == null ? null : nextFollowUpTo.toString());
        return parameters;
    }

    /**
     * Reads query parameters; values that do not parse (a hand-edited or stale URL) are ignored rather than
     * failing the page. Lists may be repeated parameters or comma-separated.
     */
    public static LeadFilter fromParameters(Map<String, List<String>> parameters) {
        return new LeadFilter(first(parameters, TEXT), set(parameters, SECTOR, s -> s), first(parameters, LINK),
                enums(parameters, STAGE, LeadStage.class), first(parameters, UNIT), first(parameters, OWNER),
                decimal(first(parameters, MIN)), decimal(first(parameters, MAX)),
                enums(parameters, TAG, QualificationTag.class), bool(first(parameters, HOT)),
                date(first(parameters, REPORTED_FROM)), date(first(parameters, REPORTED_TO)),
                date(first(parameters, FOLLOW_UP_FROM)), date(first(parameters, FOLLOW_UP_TO)));
    }

    private static void put(Map<String, List<String>> parameters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, List.of(value));
        }
    }

    private static void putAll(Map<String, List<String>> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values);
        }
    }

    private static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> values = new ArrayList<>();
        for (String raw : parameters.getOrDefault(name, List.of())) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static Set<String> set(Map<String, List<String>> parameters, String name, Function<String, String> map) {
        Set<String> result = new LinkedHashSet<>();
        values(parameters, name).forEach(value -> result.add(map.apply(value)));
        return result;
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> parameters, String name,
            Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : values(parameters, name)) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ignored) {
                // unknown code in the URL: ignore it
            }
        }
        return result;
    }

    private static @Nullable BigDecimal decimal(@Nullable String value) {
        try {
            return value == null ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Boolean bool(@Nullable String value) {
        return value == null ? null : switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

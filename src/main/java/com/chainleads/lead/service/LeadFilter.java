package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
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
import org.jspecify.annotations.Nullable;

/**
 * What the lead list is filtered by. The same record travels in the URL query string (so a leader can
 * bookmark "电子信息 · 在谈 · ≥1亿"), drives the list, the cockpit drill-downs and the exports. It holds stable
 * codes, never database ids; {@link #toParameters()} and {@link #fromParameters(Map)} are exact inverses.
 * Size: two dozen filter fields, each with its parsing from and writing to the URL, kept in one place on
 * purpose so the two directions stay exact inverses.
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
 * @param channels channels
 * @param regions origin regions
 * @param projectTypes project types
 * @param signedFrom signed on or after
 * @param signedTo signed on or before
 * @param landedFrom landed (reached 注册落地) on or after
 * @param landedTo landed on or before
 * @param activityFrom last activity (latest follow-up, else first report) on or after
 * @param activityTo last activity on or before: "no follow-up since"
 * @param reachedStage reached at least this main-line stage at some time (for the funnel)
 */
public record LeadFilter(
        @Nullable String text,
        Set<String> sectors,
        @Nullable String chainLink,
        Set<LeadStage> stages,
        @Nullable String unit,
        @Nullable String owner,
        @Nullable BigDecimal minInvestment,
        @Nullable BigDecimal maxInvestment,
        Set<QualificationTag> qualifications,
        @Nullable Boolean hotIndustry,
        @Nullable LocalDate reportedFrom,
        @Nullable LocalDate reportedTo,
        @Nullable LocalDate nextFollowUpFrom,
        @Nullable LocalDate nextFollowUpTo,
        Set<LeadChannel> channels,
        Set<OriginRegion> regions,
        Set<ProjectType> projectTypes,
        @Nullable LocalDate signedFrom,
        @Nullable LocalDate signedTo,
        @Nullable LocalDate landedFrom,
        @Nullable LocalDate landedTo,
        @Nullable LocalDate activityFrom,
        @Nullable LocalDate activityTo,
        @Nullable LeadStage reachedStage) {

    public static final LeadFilter NONE = new Builder().build();

    public LeadFilter {
        text = blankToNull(text);
        chainLink = blankToNull(chainLink);
        unit = blankToNull(unit);
        owner = blankToNull(owner);
        sectors = Set.copyOf(sectors);
        stages = copy(stages, LeadStage.class);
        qualifications = copy(qualifications, QualificationTag.class);
        channels = copy(channels, LeadChannel.class);
        regions = copy(regions, OriginRegion.class);
        projectTypes = copy(projectTypes, ProjectType.class);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** A changed copy: {@code filter.with(b -> b.stages = Set.of(SIGNED))}. */
    public LeadFilter with(java.util.function.Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    public LeadFilter withText(@Nullable String value) {
        return with(b -> b.text = value);
    }

    public LeadFilter withSectors(Collection<String> value) {
        return with(b -> b.sectors = Set.copyOf(value));
    }

    public LeadFilter withChainLink(@Nullable String value) {
        return with(b -> b.chainLink = value);
    }

    public LeadFilter withStages(Collection<LeadStage> value) {
        return with(b -> b.stages = Set.copyOf(value));
    }

    public LeadFilter withUnit(@Nullable String value) {
        return with(b -> b.unit = value);
    }

    public LeadFilter withOwner(@Nullable String value) {
        return with(b -> b.owner = value);
    }

    public LeadFilter withInvestment(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return with(b -> {
            b.minInvestment = min;
            b.maxInvestment = max;
        });
    }

    public LeadFilter withQualifications(Collection<QualificationTag> value) {
        return with(b -> b.qualifications = Set.copyOf(value));
    }

    public LeadFilter withHotIndustry(@Nullable Boolean value) {
        return with(b -> b.hotIndustry = value);
    }

    public LeadFilter withReported(@Nullable LocalDate from, @Nullable LocalDate to) {
        return with(b -> {
            b.reportedFrom = from;
            b.reportedTo = to;
        });
    }

    public LeadFilter withNextFollowUp(@Nullable LocalDate from, @Nullable LocalDate to) {
        return with(b -> {
            b.nextFollowUpFrom = from;
            b.nextFollowUpTo = to;
        });
    }

    public LeadFilter withSigned(@Nullable LocalDate from, @Nullable LocalDate to) {
        return with(b -> {
            b.signedFrom = from;
            b.signedTo = to;
        });
    }

    public LeadFilter withLanded(@Nullable LocalDate from, @Nullable LocalDate to) {
        return with(b -> {
            b.landedFrom = from;
            b.landedTo = to;
        });
    }

    public LeadFilter withActivity(@Nullable LocalDate from, @Nullable LocalDate to) {
        return with(b -> {
            b.activityFrom = from;
            b.activityTo = to;
        });
    }

    public LeadFilter withReachedStage(@Nullable LeadStage value) {
        return with(b -> b.reachedStage = value);
    }

    /** Mutable twin of the record, for building filters step by step. */
    public static final class Builder {
        public @Nullable String text;
        public Set<String> sectors = Set.of();
        public @Nullable String chainLink;
        public Set<LeadStage> stages = Set.of();
        public @Nullable String unit;
        public @Nullable String owner;
        public @Nullable BigDecimal minInvestment;
        public @Nullable BigDecimal maxInvestment;
        public Set<QualificationTag> qualifications = Set.of();
        public @Nullable Boolean hotIndustry;
        public @Nullable LocalDate reportedFrom;
        public @Nullable LocalDate reportedTo;
        public @Nullable LocalDate nextFollowUpFrom;
        public @Nullable LocalDate nextFollowUpTo;
        public Set<LeadChannel> channels = Set.of();
        public Set<OriginRegion> regions = Set.of();
        public Set<ProjectType> projectTypes = Set.of();
        public @Nullable LocalDate signedFrom;
        public @Nullable LocalDate signedTo;
        public @Nullable LocalDate landedFrom;
        public @Nullable LocalDate landedTo;
        public @Nullable LocalDate activityFrom;
        public @Nullable LocalDate activityTo;
        public @Nullable LeadStage reachedStage;

        public Builder() {}

        Builder(LeadFilter filter) {
            text = filter.text();
            sectors = filter.sectors();
            chainLink = filter.chainLink();
            stages = filter.stages();
            unit = filter.unit();
            owner = filter.owner();
            minInvestment = filter.minInvestment();
            maxInvestment = filter.maxInvestment();
            qualifications = filter.qualifications();
            hotIndustry = filter.hotIndustry();
            reportedFrom = filter.reportedFrom();
            reportedTo = filter.reportedTo();
            nextFollowUpFrom = filter.nextFollowUpFrom();
            nextFollowUpTo = filter.nextFollowUpTo();
            channels = filter.channels();
            regions = filter.regions();
            projectTypes = filter.projectTypes();
            signedFrom = filter.signedFrom();
            signedTo = filter.signedTo();
            landedFrom = filter.landedFrom();
            landedTo = filter.landedTo();
            activityFrom = filter.activityFrom();
            activityTo = filter.activityTo();
            reachedStage = filter.reachedStage();
        }

        public LeadFilter build() {
            return new LeadFilter(
                    text,
                    sectors,
                    chainLink,
                    stages,
                    unit,
                    owner,
                    minInvestment,
                    maxInvestment,
                    qualifications,
                    hotIndustry,
                    reportedFrom,
                    reportedTo,
                    nextFollowUpFrom,
                    nextFollowUpTo,
                    channels,
                    regions,
                    projectTypes,
                    signedFrom,
                    signedTo,
                    landedFrom,
                    landedTo,
                    activityFrom,
                    activityTo,
                    reachedStage);
        }
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
    static final String CHANNEL = "channel";
    static final String REGION = "region";
    static final String TYPE = "type";
    static final String SIGNED_FROM = "signedFrom";
    static final String SIGNED_TO = "signedTo";
    static final String LANDED_FROM = "landedFrom";
    static final String LANDED_TO = "landedTo";
    static final String ACTIVITY_FROM = "activityFrom";
    static final String ACTIVITY_TO = "activityTo";
    static final String REACHED = "reached";

    /** Query parameters, sorted lists, empty values left out: e.g. {@code sector=NEW_MATERIALS&min=10000}. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, TEXT, text);
        putAll(parameters, SECTOR, sectors.stream().sorted().toList());
        put(parameters, LINK, chainLink);
        putAll(parameters, STAGE, stages.stream().sorted().map(Enum::name).toList());
        put(parameters, UNIT, unit);
        put(parameters, OWNER, owner);
        put(
                parameters,
                MIN,
                minInvestment == null
                        ? null
                        : minInvestment.stripTrailingZeros().toPlainString());
        put(
                parameters,
                MAX,
                maxInvestment == null
                        ? null
                        : maxInvestment.stripTrailingZeros().toPlainString());
        putAll(parameters, TAG, qualifications.stream().sorted().map(Enum::name).toList());
        put(parameters, HOT, hotIndustry == null ? null : hotIndustry.toString());
        put(parameters, REPORTED_FROM, reportedFrom == null ? null : reportedFrom.toString());
        put(parameters, REPORTED_TO, reportedTo == null ? null : reportedTo.toString());
        put(parameters, FOLLOW_UP_FROM, nextFollowUpFrom == null ? null : nextFollowUpFrom.toString());
        put(parameters, FOLLOW_UP_TO, nextFollowUpTo == null ? null : nextFollowUpTo.toString());
        putAll(parameters, CHANNEL, channels.stream().sorted().map(Enum::name).toList());
        putAll(parameters, REGION, regions.stream().sorted().map(Enum::name).toList());
        putAll(parameters, TYPE, projectTypes.stream().sorted().map(Enum::name).toList());
        put(parameters, SIGNED_FROM, signedFrom == null ? null : signedFrom.toString());
        put(parameters, SIGNED_TO, signedTo == null ? null : signedTo.toString());
        put(parameters, LANDED_FROM, landedFrom == null ? null : landedFrom.toString());
        put(parameters, LANDED_TO, landedTo == null ? null : landedTo.toString());
        put(parameters, ACTIVITY_FROM, activityFrom == null ? null : activityFrom.toString());
        put(parameters, ACTIVITY_TO, activityTo == null ? null : activityTo.toString());
        put(parameters, REACHED, reachedStage == null ? null : reachedStage.name());
        return parameters;
    }

    /**
     * Reads query parameters; values that do not parse (a hand-edited or stale URL) are ignored rather than
     * failing the page. Lists may be repeated parameters or comma-separated.
     */
    public static LeadFilter fromParameters(Map<String, List<String>> parameters) {
        Builder b = new Builder();
        b.text = first(parameters, TEXT);
        b.sectors = new LinkedHashSet<>(values(parameters, SECTOR));
        b.chainLink = first(parameters, LINK);
        b.stages = enums(parameters, STAGE, LeadStage.class);
        b.unit = first(parameters, UNIT);
        b.owner = first(parameters, OWNER);
        b.minInvestment = decimal(first(parameters, MIN));
        b.maxInvestment = decimal(first(parameters, MAX));
        b.qualifications = enums(parameters, TAG, QualificationTag.class);
        b.hotIndustry = bool(first(parameters, HOT));
        b.reportedFrom = date(first(parameters, REPORTED_FROM));
        b.reportedTo = date(first(parameters, REPORTED_TO));
        b.nextFollowUpFrom = date(first(parameters, FOLLOW_UP_FROM));
        b.nextFollowUpTo = date(first(parameters, FOLLOW_UP_TO));
        b.channels = enums(parameters, CHANNEL, LeadChannel.class);
        b.regions = enums(parameters, REGION, OriginRegion.class);
        b.projectTypes = enums(parameters, TYPE, ProjectType.class);
        b.signedFrom = date(first(parameters, SIGNED_FROM));
        b.signedTo = date(first(parameters, SIGNED_TO));
        b.landedFrom = date(first(parameters, LANDED_FROM));
        b.landedTo = date(first(parameters, LANDED_TO));
        b.activityFrom = date(first(parameters, ACTIVITY_FROM));
        b.activityTo = date(first(parameters, ACTIVITY_TO));
        b.reachedStage = enums(parameters, REACHED, LeadStage.class).stream()
                .filter(LeadStage::isMainLine)
                .findFirst()
                .orElse(null);
        return b.build();
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

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> parameters, String name, Class<E> type) {
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
        return value == null
                ? null
                : switch (value.strip().toLowerCase(Locale.ROOT)) {
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

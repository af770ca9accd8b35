package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.PlatformLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the enterprise library lists: name or credit-code text, the sector and chain link (by code), a tier held
 * today, 规上 only, and a platform level. The same record travels in the URL ({@code /enterprises?sector=BIOMEDICINE
 * &tier=HIGH_TECH&scale=1}), so the ladder and the cockpit can open the library on exactly the firms they count.
 */
public record LibraryFilter(
        @Nullable String text,
        @Nullable String sector,
        @Nullable String link,
        @Nullable CultivationTier tier,
        boolean aboveScaleOnly,
        @Nullable PlatformLevel platformLevel) {

    static final String TEXT = "q";
    static final String SECTOR = "sector";
    static final String LINK = "link";
    static final String TIER = "tier";
    static final String SCALE = "scale";
    static final String PLATFORM = "platform";

    public static LibraryFilter all() {
        return new LibraryFilter(null, null, null, null, false, null);
    }

    public LibraryFilter withSector(@Nullable String code) {
        return new LibraryFilter(text, code, null, tier, aboveScaleOnly, platformLevel);
    }

    public LibraryFilter withTier(@Nullable CultivationTier newTier) {
        return new LibraryFilter(text, sector, link, newTier, aboveScaleOnly, platformLevel);
    }

    public LibraryFilter withAboveScaleOnly(boolean only) {
        return new LibraryFilter(text, sector, link, tier, only, platformLevel);
    }

    /** The query parameters of this filter, empty values left out. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            parameters.put(TEXT, List.of(text.strip()));
        }
        if (sector != null) {
            parameters.put(SECTOR, List.of(sector));
        }
        if (link != null) {
            parameters.put(LINK, List.of(link));
        }
        if (tier != null) {
            parameters.put(TIER, List.of(tier.name()));
        }
        if (aboveScaleOnly) {
            parameters.put(SCALE, List.of("1"));
        }
        if (platformLevel != null) {
            parameters.put(PLATFORM, List.of(platformLevel.name()));
        }
        return parameters;
    }

    /**
     * Reads query parameters. Values that do not parse (a tier or level that does not exist) are left out; the
     * sector and link codes are taken as written and checked by the view against the options it offers.
     */
    public static LibraryFilter fromParameters(Map<String, List<String>> parameters) {
        return new LibraryFilter(
                first(parameters, TEXT),
                code(first(parameters, SECTOR)),
                code(first(parameters, LINK)),
                parse(CultivationTier.class, first(parameters, TIER)),
                "1".equals(first(parameters, SCALE)),
                parse(PlatformLevel.class, first(parameters, PLATFORM)));
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

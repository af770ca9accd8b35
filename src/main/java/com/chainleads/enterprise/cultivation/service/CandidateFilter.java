package com.chainleads.enterprise.cultivation.service;

import com.chainleads.chain.domain.CultivationTier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the 培育清单 lists: one sector (by code) or the district, and one next tier or all. Travels in the URL
 * ({@code /ladder/candidates?sector=BIOMEDICINE&tier=HIGH_TECH}).
 */
public record CandidateFilter(
        @Nullable String sector, @Nullable CultivationTier tier) {

    public static final String SECTOR = "sector";
    public static final String TIER = "tier";

    public static CandidateFilter all() {
        return new CandidateFilter(null, null);
    }

    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (sector != null) {
            parameters.put(SECTOR, List.of(sector));
        }
        if (tier != null) {
            parameters.put(TIER, List.of(tier.name()));
        }
        return parameters;
    }

    /** Reads the parameters; a tier that does not exist is left out, the sector is checked by the view. */
    public static CandidateFilter fromParameters(Map<String, List<String>> parameters) {
        String sector = first(parameters, SECTOR);
        String tier = first(parameters, TIER);
        CultivationTier parsed = null;
        if (tier != null) {
            try {
                parsed = CultivationTier.valueOf(tier.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                parsed = null;
            }
        }
        return new CandidateFilter(
                sector == null || !sector.matches("[A-Za-z0-9_]{1,40}") ? null : sector.toUpperCase(Locale.ROOT),
                parsed);
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank()
                ? null
                : values.get(0).strip();
    }
}

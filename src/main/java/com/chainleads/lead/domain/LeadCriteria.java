package com.chainleads.lead.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A lead filter (the list's, in the URL) with its codes resolved to database ids (unknown codes resolve to an id that matches
 * nothing) and its dates turned into instants of the district's day boundaries.
 */
public record LeadCriteria(
        @Nullable String text,
        Set<Long> sectorIds,
        @Nullable Long chainLinkId,
        Set<LeadStage> stages,
        @Nullable Long unitId,
        @Nullable Long ownerId,
        @Nullable BigDecimal minInvestment,
        @Nullable BigDecimal maxInvestment,
        Set<QualificationTag> qualifications,
        @Nullable Boolean hotIndustry,
        @Nullable Instant reportedFrom,
        @Nullable Instant reportedBefore,
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

    /** An id no row has: what an unknown code in a filter resolves to. */
    public static final long NO_MATCH = -1L;
}

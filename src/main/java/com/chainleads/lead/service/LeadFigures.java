package com.chainleads.lead.service;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadGrouping;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.OwnerClockCounts;
import com.chainleads.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead register's figures — counts and sums by sector, stage, period, chain link, and the response clocks —
 * for the cockpit and the industry map, with the caller's visibility. The lead list's own count and total are
 * {@link LeadQueries}'.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class LeadFigures {

    private final LeadRepository leads;
    private final LeadCriteriaResolver criteria;
    private final LeadAggregateCache aggregates;
    private final CurrentUser currentUser;
    private final Clock clock;

    LeadFigures(LeadRepository leads, LeadCriteriaResolver criteria, LeadAggregateCache aggregates,
            CurrentUser currentUser, Clock clock) {
        this.leads = leads;
        this.criteria = criteria;
        this.aggregates = aggregates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private <T> T cached(String query, Object arguments, Supplier<T> compute) {
        return aggregates.cached(currentUser.require(), query, arguments, compute);
    }

    /** How many leads match. */
    public long count(LeadFilter filter) {
        return cached("count", filter, () -> leads.countMatching(criteria.specification(filter)));
    }

    /** Count and sums (investment, signed amount, funds received) of the matching leads, grouped. */
    public List<LeadGroupTotals> groupTotals(LeadFilter filter, LeadGrouping grouping) {
        return cached("groupTotals", List.of(filter, grouping),
                () -> leads.groupTotals(criteria.specification(filter), grouping));
    }

    /**
     * Active leads per chain link and stage, of one sector (or of all when {@code sectorId} is null), visible to the
     * caller: one grouped query, for the industry map.
     */
    public List<LeadGroupTotals> activeLeadsByLinkAndStage(@Nullable Long sectorId) {
        return cached("activeByLinkAndStage", sectorId == null ? "all" : sectorId, () -> {
            Specification<Lead> specification = criteria.specification(LeadFilter.NONE.withStages(LeadStage.ACTIVE));
            if (sectorId != null) {
                specification = specification.and((root, query, cb) -> cb.equal(root.get("sector").get("id"),
                        sectorId));
            }
            return leads.groupTotals(specification, LeadGrouping.CHAIN_LINK_AND_STAGE);
        });
    }

    /** Count and sums of the matching leads. */
    public LeadGroupTotals sums(LeadFilter filter) {
        return cached("sums", filter, () -> leads.sums(criteria.specification(filter)));
    }

    /** Matching leads per date bucket, e.g. new leads per month ({@code "firstReportedAt"} with instants). */
    public long[] countInBuckets(LeadFilter filter, String dateAttribute, List<?> bounds) {
        if (!List.of("firstReportedAt", "signedOn", "landedOn").contains(dateAttribute)) {
            throw new IllegalArgumentException("Not a bucketable date: " + dateAttribute);
        }
        return cached("buckets", List.of(filter, dateAttribute, List.copyOf(bounds)),
                () -> leads.countInBuckets(criteria.specification(filter), dateAttribute, bounds)).clone();
    }

    /** Per unit and officer, the matching leads that break the response clocks today. */
    public List<OwnerClockCounts> clockCounts(LeadFilter filter, ResponseClocks clocks) {
        LocalDate today = LocalDate.now(clock);
        return cached("clockCounts", List.of(filter, clocks), () -> leads.clockCounts(criteria.specification(filter),
                clocks.staleLastActivity(today),
                clocks.overdueLastActivity(today),
                clocks.lateScreeningReportedBy(today).plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }
}

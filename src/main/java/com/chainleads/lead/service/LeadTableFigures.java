package com.chainleads.lead.service;

import com.chainleads.lead.domain.InvestmentBand;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadEvent;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadGrouping;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTally;
import com.chainleads.lead.domain.OwnerClockCounts;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures computed from the lead table at each look, with the same SQL the cockpit and the map used before
 * the summary tables: the reference that tests compare {@link SummaryFigures} with and the benchmark measures as
 * "before". Its cost grows with the number of leads; the application reads {@link SummaryFigures}.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class LeadTableFigures implements LeadFigures {

    private final LeadRepository leads;
    private final LeadCriteriaResolver criteria;
    private final ResponseClocks clocks;
    private final Clock clock;

    LeadTableFigures(LeadRepository leads, LeadCriteriaResolver criteria, ResponseClocks clocks, Clock clock) {
        this.leads = leads;
        this.criteria = criteria;
        this.clocks = clocks;
        this.clock = clock;
    }

    @Override
    public LeadGroupTotals stageTotals(FigureScope scope, Set<LeadStage> stages, InvestmentBand band) {
        return leads.sums(
                criteria.specification(scope.leads().withStages(stages).withInvestment(band.minimum(), null)));
    }

    @Override
    public List<LeadGroupTotals> stageTotalsBySector(FigureScope scope, Set<LeadStage> stages) {
        return leads.groupTotals(criteria.specification(scope.leads().withStages(stages)), LeadGrouping.SECTOR);
    }

    @Override
    public LeadTally eventTotals(LeadEvent event, FigureScope scope, LocalDate from, LocalDate to) {
        LeadFilter base = scope.leads();
        LeadFilter filter = switch (event) {
            case REPORTED -> base.withReported(from, to);
            case SIGNED -> base.withSigned(from, to);
            case LANDED -> base.withLanded(from, to);
        };
        LeadGroupTotals sums = leads.sums(criteria.specification(filter));
        return new LeadTally(
                null, sums.count(), event == LeadEvent.SIGNED ? sums.signedAmount() : sums.totalInvestment());
    }

    @Override
    public long[] eventCountsByMonth(LeadEvent event, FigureScope scope, List<YearMonth> months) {
        if (months.isEmpty()) {
            return new long[0];
        }
        ZoneId zone = clock.getZone();
        boolean consecutive = true;
        for (int i = 1; i < months.size(); i++) {
            consecutive &= months.get(i).equals(months.get(i - 1).plusMonths(1));
        }
        // consecutive months: one bucket per month between their first days; otherwise a pair of bounds per month
        List<YearMonth> starts = new ArrayList<>();
        for (YearMonth month : months) {
            if (!consecutive) {
                starts.add(month);
            }
            starts.add(consecutive ? month : month.plusMonths(1));
        }
        if (consecutive) {
            starts.add(months.get(months.size() - 1).plusMonths(1));
        }
        List<Object> bounds = new ArrayList<>();
        for (YearMonth start : starts) {
            bounds.add(
                    event == LeadEvent.REPORTED
                            ? start.atDay(1).atStartOfDay(zone).toInstant()
                            : start.atDay(1));
        }
        String attribute = switch (event) {
            case REPORTED -> "firstReportedAt";
            case SIGNED -> "signedOn";
            case LANDED -> "landedOn";
        };
        long[] buckets = leads.countInBuckets(criteria.specification(scope.leads()), attribute, bounds);
        if (consecutive) {
            return buckets;
        }
        long[] counts = new long[months.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = buckets[2 * i];
        }
        return counts;
    }

    @Override
    public List<LeadTally> cohortTotals(FigureScope scope, LocalDate from, LocalDate to, LeadGrouping grouping) {
        if (!Set.of(LeadGrouping.REGION, LeadGrouping.CHANNEL, LeadGrouping.PROJECT_TYPE, LeadGrouping.FURTHEST_STAGE)
                .contains(grouping)) {
            throw new IllegalArgumentException("Not a cohort grouping: " + grouping);
        }
        return leads.groupTotals(criteria.specification(scope.leads().withReported(from, to)), grouping).stream()
                .map(group -> new LeadTally(group.key(), group.count(), group.totalInvestment()))
                .toList();
    }

    @Override
    public List<OwnerClockCounts> clockCounts(FigureScope scope) {
        LocalDate today = LocalDate.now(clock);
        return leads.clockCounts(
                criteria.specification(scope.leads()),
                clocks.staleLastActivity(today),
                clocks.overdueLastActivity(today),
                clocks.lateScreeningReportedBy(today)
                        .plusDays(1)
                        .atStartOfDay(clock.getZone())
                        .toInstant());
    }

    @Override
    public List<LeadGroupTotals> activeLeadsByLinkAndStage(@Nullable Long sectorId) {
        Specification<Lead> specification = criteria.specification(LeadFilter.NONE.withStages(LeadStage.ACTIVE));
        if (sectorId != null) {
            specification = specification.and(
                    (root, query, cb) -> cb.equal(root.get("sector").get("id"), sectorId));
        }
        return leads.groupTotals(specification, LeadGrouping.CHAIN_LINK_AND_STAGE);
    }
}

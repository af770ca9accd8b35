package com.chainleads.lead.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** Queries of the lead table itself (SQL): the list and its figures computed from the leads at each look. */
public interface LeadTableQueries {

    /** One page of rows; sorts only by {@link LeadSortKey} properties. */
    Page<LeadRow> findRows(Specification<Lead> specification, Pageable pageable);

    /** The rows of one page without counting (the grid counts separately). */
    java.util.List<LeadRow> findRowSlice(Specification<Lead> specification, Pageable pageable);

    /** The rows of these leads, in the order of {@code ids} (ids without a lead are left out). */
    java.util.List<LeadRow> findRowsByIds(java.util.List<Long> ids);

    /**
     * The rows of these leads in the order of {@code ids}, only those of unit {@code unitId} ({@code null}: of any
     * unit); one query.
     */
    java.util.List<LeadRow> findRowsByIds(java.util.List<Long> ids, @org.jspecify.annotations.Nullable Long unitId);

    long countMatching(Specification<Lead> specification);

    /** Ids of matching leads below {@code beforeId} (null: from the top), newest first: keyset paging for exports. */
    java.util.List<Long> findIdsBefore(
            Specification<Lead> specification, @org.jspecify.annotations.Nullable Long beforeId, int limit);

    LeadTotals totals(Specification<Lead> specification);

    /** Count and sums of the matching leads, grouped; one query. */
    java.util.List<LeadGroupTotals> groupTotals(Specification<Lead> specification, LeadGrouping grouping);

    /** Count and sums of all matching leads; one query. */
    LeadGroupTotals sums(Specification<Lead> specification);

    /**
     * How many matching leads have their {@code dateAttribute} ("firstReportedAt", "signedOn", "landedOn") in each
     * bucket {@code [bounds[i], bounds[i+1])}; one query with one conditional sum per bucket.
     */
    long[] countInBuckets(Specification<Lead> specification, String dateAttribute, java.util.List<?> bounds);

    /**
     * Per unit and owner: active leads overdue (last activity on or before {@code overdueBy}), stale (after that
     * but on or before {@code staleBy}) and still at 线索登记 though reported before {@code lateScreeningBefore}.
     */
    java.util.List<OwnerClockCounts> clockCounts(
            Specification<Lead> specification,
            java.time.LocalDate staleBy,
            java.time.LocalDate overdueBy,
            java.time.Instant lateScreeningBefore);
}

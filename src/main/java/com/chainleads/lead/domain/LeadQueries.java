package com.chainleads.lead.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/** Queries of the lead list that read projections, not entities. */
public interface LeadQueries {

    /** One page of rows; sorts only by {@link LeadSortKey} properties. */
    Page<LeadRow> findRows(Specification<Lead> specification, Pageable pageable);

    /** The rows of one page without counting (the grid counts separately). */
    java.util.List<LeadRow> findRowSlice(Specification<Lead> specification, Pageable pageable);

    long countMatching(Specification<Lead> specification);

    LeadTotals totals(Specification<Lead> specification);
}

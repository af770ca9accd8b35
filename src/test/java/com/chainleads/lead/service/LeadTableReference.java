package com.chainleads.lead.service;

import com.chainleads.lead.domain.Lead;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * For tests: a lead filter with the signed-in caller's visibility as the SQL specification the list used before
 * the search index, so tests can compare the index's answers with the table's.
 */
@Component
public class LeadTableReference {

    private final LeadCriteriaResolver criteria;

    LeadTableReference(LeadCriteriaResolver criteria) {
        this.criteria = criteria;
    }

    public Specification<Lead> specification(LeadFilter filter) {
        return criteria.specification(filter);
    }
}

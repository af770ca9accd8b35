package com.chainleads.lead.domain;

import java.util.List;

/** The plain date fields of all value groups ({@link Milestones}), in form order. */
public final class LeadDateFields {

    public static final List<LeadDateField> ALL = List.copyOf(Milestones.DATE_FIELDS);

    private LeadDateFields() {}
}

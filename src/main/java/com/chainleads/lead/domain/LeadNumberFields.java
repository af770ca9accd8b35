package com.chainleads.lead.domain;

import java.util.List;
import java.util.stream.Stream;

/** The plain number fields of all value groups ({@link Economics}, {@link SiteNeeds}), in form order. */
public final class LeadNumberFields {

    public static final List<LeadNumberField> ALL = Stream.of(Economics.NUMBER_FIELDS, SiteNeeds.NUMBER_FIELDS)
            .flatMap(List::stream)
            .toList();

    private LeadNumberFields() {}
}

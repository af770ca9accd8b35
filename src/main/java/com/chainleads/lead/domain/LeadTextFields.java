package com.chainleads.lead.domain;

import java.util.List;
import java.util.stream.Stream;

/** The plain text fields of all value groups ({@link Investor}, {@link SiteNeeds}), in form order. */
public final class LeadTextFields {

    public static final List<LeadTextField> ALL = Stream.of(Investor.TEXT_FIELDS, SiteNeeds.TEXT_FIELDS)
            .flatMap(List::stream)
            .toList();

    private LeadTextFields() {}
}

package com.chainleads.lead.domain;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The value groups' plain fields as the JDBC inserts (an import's, the demo's) write them: the number fields,
 * then the date fields, then the text fields, each in its list's order — the order the inserts bind them in.
 */
public final class LeadValueColumns {

    /** Their columns in {@code investment_lead}. */
    public static final List<String> ALL = Stream.of(
                    LeadNumberFields.ALL.stream().map(LeadNumberField::column),
                    LeadDateFields.ALL.stream().map(LeadDateField::column),
                    LeadTextFields.ALL.stream().map(LeadTextField::column))
            .flatMap(columns -> columns)
            .toList();

    private LeadValueColumns() {}

    /** The columns to append to an insert's column list: {@code ", annual_output, …"}. */
    public static String appended() {
        return ALL.stream().map(column -> ", " + column).collect(Collectors.joining());
    }
}

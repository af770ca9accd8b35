package com.chainleads.lead.domain;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One plain date field of a lead's value group — a date with no stage rule — described once where its group
 * declares it. Like {@link LeadTextField} and {@link LeadNumberField}, the draft, the form, the three-way merge,
 * the audit, the spreadsheet columns and the import's and the demo's inserts iterate these descriptors.
 *
 * @param name the field's name: the key of its value in a draft, of its field messages and of its label
 *     ({@code lead.field.<name>}), and the id of its spreadsheet column
 * @param column its column in {@code investment_lead} (for the JDBC inserts)
 */
public record LeadDateField(
        String name,
        String column,
        Function<Lead, @Nullable LocalDate> reader,
        BiConsumer<Lead, @Nullable LocalDate> writer) {

    /** A date field of the group that {@code group} finds on a lead. */
    public static <G> LeadDateField date(
            String name,
            String column,
            Function<Lead, G> group,
            Function<G, @Nullable LocalDate> getter,
            BiConsumer<G, @Nullable LocalDate> setter) {
        return new LeadDateField(
                name,
                column,
                lead -> getter.apply(group.apply(lead)),
                (lead, value) -> setter.accept(group.apply(lead), value));
    }

    /** The stored value, {@code null} when empty. */
    public @Nullable LocalDate read(Lead lead) {
        return reader.apply(lead);
    }

    public void write(Lead lead, @Nullable LocalDate value) {
        writer.accept(lead, value);
    }

    public String labelKey() {
        return "lead.field." + name;
    }

    @Override
    public String toString() {
        return name;
    }
}

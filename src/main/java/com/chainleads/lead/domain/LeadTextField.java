package com.chainleads.lead.domain;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One plain text field of a lead's value group — no rule beyond its length, no picker, no unit — described once
 * where its group declares it. The draft, the form, the three-way merge, the audit, the spreadsheet columns, the
 * import's and the demo's inserts all iterate these descriptors, so such a field needs no code of its own there.
 *
 * @param name the field's name: the key of its value in a draft, of its field messages and of its label
 *     ({@code lead.field.<name>}), and the id of its spreadsheet column
 * @param column its column in {@code investment_lead} (for the JDBC inserts; the group's {@code @Column} says
 *     the same)
 * @param maxLength the column's length, kept by the form, the import and the service's checks
 * @param multiline whether the form shows a text area across the section instead of a text field
 * @param width the spreadsheet column's width in characters
 */
public record LeadTextField(
        String name,
        String column,
        int maxLength,
        boolean multiline,
        int width,
        Function<Lead, @Nullable String> reader,
        BiConsumer<Lead, @Nullable String> writer) {

    /** A one-line field of the group that {@code group} finds on a lead. */
    public static <G> LeadTextField text(
            String name,
            String column,
            int maxLength,
            int width,
            Function<Lead, G> group,
            Function<G, @Nullable String> getter,
            BiConsumer<G, @Nullable String> setter) {
        return new LeadTextField(
                name,
                column,
                maxLength,
                false,
                width,
                lead -> getter.apply(group.apply(lead)),
                (lead, value) -> setter.accept(group.apply(lead), value));
    }

    /** A field of several lines (a text area spanning its section). */
    public static <G> LeadTextField multiline(
            String name,
            String column,
            int maxLength,
            int width,
            Function<Lead, G> group,
            Function<G, @Nullable String> getter,
            BiConsumer<G, @Nullable String> setter) {
        LeadTextField field = text(name, column, maxLength, width, group, getter, setter);
        return new LeadTextField(name, column, maxLength, true, width, field.reader, field.writer);
    }

    /** The stored value, {@code null} when empty. */
    public @Nullable String read(Lead lead) {
        return reader.apply(lead);
    }

    /** Stores {@code value} stripped, or {@code null} when it is blank. */
    public void write(Lead lead, @Nullable String value) {
        writer.accept(lead, value == null || value.isBlank() ? null : value.strip());
    }

    public String labelKey() {
        return "lead.field." + name;
    }

    @Override
    public String toString() {
        return name;
    }
}

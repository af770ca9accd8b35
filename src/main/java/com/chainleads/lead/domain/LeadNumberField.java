package com.chainleads.lead.domain;

import java.math.BigDecimal;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One plain number field of a lead's value group — an amount in 万元, an area or a count, with no rule beyond
 * its measure's — described once where its group declares it. Like {@link LeadTextField}, the draft, the form,
 * the three-way merge, the audit, the spreadsheet columns and the import's and the demo's inserts iterate these
 * descriptors. Values travel as {@link BigDecimal}; a count is stored as an integer column.
 *
 * @param name the field's name: the key of its value in a draft, of its field messages and of its label
 *     ({@code lead.field.<name>}), and the id of its spreadsheet column
 * @param column its column in {@code investment_lead} (for the JDBC inserts)
 * @param measure what the number measures, which gives its limits, its unit and how it is shown
 * @param width the spreadsheet column's width in characters
 */
public record LeadNumberField(
        String name,
        String column,
        Measure measure,
        int width,
        Function<Lead, @Nullable BigDecimal> reader,
        BiConsumer<Lead, @Nullable BigDecimal> writer) {

    /** What a number field measures: its largest value, its decimals and its unit's translation key. */
    public enum Measure {
        /** 万元, in a DECIMAL(16,2) column. */
        MONEY(new BigDecimal("99999999999999.99"), 2, "lead.unit.wan"),
        /** 亩, in a DECIMAL(12,2) column. */
        AREA_MU(new BigDecimal("9999999999.99"), 2, "lead.unit.mu"),
        /** ㎡, in a DECIMAL(14,2) column. */
        AREA_SQM(new BigDecimal("999999999999.99"), 2, "lead.unit.sqm"),
        /** A number of people or things: a whole number up to ten million. */
        COUNT(new BigDecimal("10000000"), 0, null);

        private final BigDecimal max;
        private final int scale;
        private final @Nullable String unitKey;

        Measure(BigDecimal max, int scale, @Nullable String unitKey) {
            this.max = max;
            this.scale = scale;
            this.unitKey = unitKey;
        }

        public BigDecimal max() {
            return max;
        }

        /** The most decimals a value may have. */
        public int scale() {
            return scale;
        }

        /** The translation key of the unit shown beside the input, or {@code null} for none. */
        public @Nullable String unitKey() {
            return unitKey;
        }

        /** What is wrong with the value, as a translation key, or {@code null}. */
        public @Nullable String problem(@Nullable BigDecimal value) {
            if (value == null) {
                return null;
            }
            if (value.signum() < 0) {
                return this == COUNT ? "lead.error.count" : "lead.error.negative";
            }
            if (value.compareTo(max) > 0) {
                return this == COUNT ? "lead.error.count" : "lead.error.tooLarge";
            }
            if (value.stripTrailingZeros().scale() > scale) {
                return this == COUNT ? "lead.error.count" : "lead.error.twoDecimals";
            }
            return null;
        }
    }

    /** A decimal field of the group that {@code group} finds on a lead. */
    public static <G> LeadNumberField decimal(
            String name,
            String column,
            Measure measure,
            int width,
            Function<Lead, G> group,
            Function<G, @Nullable BigDecimal> getter,
            BiConsumer<G, @Nullable BigDecimal> setter) {
        if (measure == Measure.COUNT) {
            throw new IllegalArgumentException("A count is declared with count(): " + name);
        }
        return new LeadNumberField(
                name,
                column,
                measure,
                width,
                lead -> getter.apply(group.apply(lead)),
                (lead, value) -> setter.accept(group.apply(lead), value));
    }

    /** A whole-number field (an integer column) of the group that {@code group} finds on a lead. */
    public static <G> LeadNumberField count(
            String name,
            String column,
            int width,
            Function<Lead, G> group,
            Function<G, @Nullable Integer> getter,
            BiConsumer<G, @Nullable Integer> setter) {
        return new LeadNumberField(
                name,
                column,
                Measure.COUNT,
                width,
                lead -> {
                    Integer value = getter.apply(group.apply(lead));
                    return value == null ? null : BigDecimal.valueOf(value);
                },
                (lead, value) -> setter.accept(group.apply(lead), value == null ? null : value.intValueExact()));
    }

    public boolean isCount() {
        return measure == Measure.COUNT;
    }

    /** The stored value, {@code null} when empty. */
    public @Nullable BigDecimal read(Lead lead) {
        return reader.apply(lead);
    }

    /** Stores the value; callers have checked it ({@link Measure#problem}). */
    public void write(Lead lead, @Nullable BigDecimal value) {
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

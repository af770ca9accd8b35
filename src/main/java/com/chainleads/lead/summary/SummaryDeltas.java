package com.chainleads.lead.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes one transaction makes to the summary tables, added up per row: each lead change adds its new
 * contribution and subtracts its old one ({@link LeadFacts#addTo}). Its size is bounded by the rows touched, not
 * by the number of leads changed, so a 100,000-row import stays small.
 */
final class SummaryDeltas {

    /** One summary row: its table and its key values in primary-key order. */
    record Key(SummaryTable table, List<Object> values) implements Comparable<Key> {

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public int compareTo(Key other) {
            int byTable = table.compareTo(other.table);
            if (byTable != 0) {
                return byTable;
            }
            for (int i = 0; i < values.size(); i++) {
                int byValue = ((Comparable) values.get(i)).compareTo(other.values.get(i));
                if (byValue != 0) {
                    return byValue;
                }
            }
            return 0;
        }
    }

    /** What to add to one row: a count and one value per amount column. */
    record Delta(Key key, long count, BigDecimal[] amounts) {

        boolean isZero() {
            return count == 0 && Arrays.stream(amounts).allMatch(amount -> amount.signum() == 0);
        }
    }

    private static final class Sum {
        long count;
        final BigDecimal[] amounts;

        Sum(int amounts) {
            this.amounts = new BigDecimal[amounts];
            Arrays.fill(this.amounts, BigDecimal.ZERO);
        }
    }

    private final Map<Key, Sum> sums = new HashMap<>();

    /** Adds {@code count} and the amounts (one per amount column of the table) to the row with this key. */
    void add(SummaryTable table, long count, BigDecimal[] amounts, Object... key) {
        if (key.length != table.keyColumns().size()
                || amounts.length != table.amountColumns().size()) {
            throw new IllegalArgumentException("Wrong shape for " + table + ": " + Arrays.toString(key));
        }
        for (Object value : key) {
            Objects.requireNonNull(value, () -> "null key value for " + table);
        }
        Sum sum = sums.computeIfAbsent(new Key(table, List.of(key)), k -> new Sum(amounts.length));
        sum.count += count;
        for (int i = 0; i < amounts.length; i++) {
            sum.amounts[i] = sum.amounts[i].add(amounts[i]);
        }
    }

    /** The lead's contribution moves from {@code before} to {@code after} (null: the lead did not or no longer exists). */
    void change(
            @org.jspecify.annotations.Nullable LeadFacts before, @org.jspecify.annotations.Nullable LeadFacts after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            before.addTo(this, -1);
        }
        if (after != null) {
            after.addTo(this, 1);
        }
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    /** The rows that change, in the order they are written: by table, then by key; rows that net to zero left out. */
    List<Delta> sorted() {
        List<Delta> deltas = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            Delta delta = new Delta(key, sum.count, sum.amounts.clone());
            if (!delta.isZero()) {
                deltas.add(delta);
            }
        });
        deltas.sort((a, b) -> a.key().compareTo(b.key()));
        return deltas;
    }
}

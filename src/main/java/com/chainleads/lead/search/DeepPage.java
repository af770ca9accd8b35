package com.chainleads.lead.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Picks rows {@code offset … offset+limit} of a sorted list without sorting it: Lucene pages by collecting every
 * row before the page (half a second and more at row 500,000), whereas selecting the rank of the page's first and
 * last key (quickselect, linear) and sorting only what lies between them costs about as much as counting.
 *
 * <p>Rows are in ascending order of their key (already turned for the direction), then, for names, of the full
 * name, then of descending lead id — the list's order. Keys of a small range are combined with the id into one
 * unique long, so only the page itself is sorted.
 */
final class DeepPage {

    /** Bits for the lead id in a combined key. */
    private static final int ID_BITS = 40;

    private static final long ID_MASK = (1L << ID_BITS) - 1;

    private final long[] keys;
    private final long[] ids;
    private final int size;

    /**
     * @param keys each row's key in ascending order of the wanted sort (missing values already placed)
     * @param ids each row's lead id
     */
    DeepPage(long[] keys, long[] ids, int size) {
        this.keys = keys;
        this.ids = ids;
        this.size = size;
    }

    /**
     * The ids of the rows at {@code offset …}, at most {@code limit}; {@code names}, when the key is only the
     * beginning of a name, gives a row's full name to break ties (null for exact keys), in ascending order or not.
     */
    long[] ids(long offset, int limit, @Nullable IntFunction<String> names, boolean namesAscending) {
        if (offset >= size || limit <= 0) {
            return new long[0];
        }
        int first = (int) offset;
        int last = (int) Math.min(offset + limit, size) - 1;
        if (names == null && combinable()) {
            return byCombinedKey(first, last);
        }
        return byCandidates(first, last, names, namesAscending);
    }

    private boolean combinable() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, keys[i]);
            max = Math.max(max, keys[i]);
            if (ids[i] < 0 || ids[i] > ID_MASK) {
                return false;
            }
        }
        return max - min >= 0 && max - min < (1L << (63 - ID_BITS));
    }

    /** Key and descending id in one unique long: the page is exactly the rows between two selected values. */
    private long[] byCombinedKey(int first, int last) {
        long min = Arrays.stream(keys, 0, size).min().orElse(0);
        long[] combined = new long[size];
        for (int i = 0; i < size; i++) {
            combined[i] = ((keys[i] - min) << ID_BITS) | (ID_MASK - ids[i]);
        }
        long[] page = page(combined, size, first, last - first + 1);
        long[] result = new long[page.length];
        for (int i = 0; i < page.length; i++) {
            result[i] = ID_MASK - (page[i] & ID_MASK);
        }
        return result;
    }

    /**
     * Values {@code offset …} (at most {@code limit}) of the first {@code size} distinct values, in ascending
     * order, without sorting them all; {@code values} is left as it was.
     */
    static long[] page(long[] values, int size, long offset, int limit) {
        if (offset >= size || limit <= 0) {
            return new long[0];
        }
        int first = (int) offset;
        int last = (int) Math.min(offset + limit, size) - 1;
        long[] scratch = Arrays.copyOf(values, size);
        long low = select(scratch, first);
        long high = select(scratch, last);
        long[] page = new long[last - first + 1];
        int n = 0;
        for (int i = 0; i < size && n < page.length; i++) {
            if (values[i] >= low && values[i] <= high) {
                page[n++] = values[i];
            }
        }
        Arrays.sort(page, 0, n);
        return n == page.length ? page : Arrays.copyOf(page, n);
    }

    /** Rows whose key lies between the page's first and last key, sorted fully; the page is a slice of them. */
    private long[] byCandidates(int first, int last, @Nullable IntFunction<String> names, boolean namesAscending) {
        long[] scratch = Arrays.copyOf(keys, size);
        long low = select(scratch, first);
        long high = select(scratch, last);
        int before = 0;
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (keys[i] < low) {
                before++;
            } else if (keys[i] <= high) {
                count++;
            }
        }
        Integer[] candidates = new Integer[count];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (keys[i] >= low && keys[i] <= high) {
                candidates[n++] = i;
            }
        }
        Comparator<Integer> order = Comparator.comparingLong(i -> keys[i]);
        if (names != null) {
            java.util.Map<Integer, String> cache = new java.util.HashMap<>();
            Comparator<Integer> byName = Comparator.comparing(i -> cache.computeIfAbsent(i, names::apply));
            order = order.thenComparing(namesAscending ? byName : byName.reversed());
        }
        order = order.thenComparing(
                Comparator.comparingLong((Integer i) -> ids[i]).reversed());
        Arrays.sort(candidates, order);
        int from = first - before;
        int to = Math.min(last - before, count - 1);
        long[] result = new long[Math.max(0, to - from + 1)];
        for (int i = from; i <= to; i++) {
            result[i - from] = ids[candidates[i]];
        }
        return result;
    }

    /** The k-th smallest value (0-based); reorders {@code values}. */
    static long select(long[] values, int k) {
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            long pivot = median(values[lo], values[lo + (hi - lo) / 2], values[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}

package com.chainleads.lead.service;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * Leads picked by another feature's read model, to narrow a lead list answered by the index: only these leads, or
 * all but these. Ids are kept sorted and distinct in a plain {@code long[]} (8 bytes an id: a district's 100,000
 * signed projects are 800 kB, not the 5 MB of boxed ids in a set).
 */
public final class LeadIdSet {

    /** No narrowing: all leads. */
    public static final LeadIdSet ALL = new LeadIdSet(new long[0], true);

    private final long[] ids;
    private final boolean excluded;

    private LeadIdSet(long[] ids, boolean excluded) {
        this.ids = ids;
        this.excluded = excluded;
    }

    /** Only these leads. */
    public static LeadIdSet only(LongStream ids) {
        return new LeadIdSet(ids.sorted().distinct().toArray(), false);
    }

    /** Every lead but these. */
    public static LeadIdSet allBut(LongStream ids) {
        return new LeadIdSet(ids.sorted().distinct().toArray(), true);
    }

    /** The leads in both. */
    public LeadIdSet and(LeadIdSet other) {
        if (excluded && other.excluded) {
            return new LeadIdSet(
                    LongStream.concat(Arrays.stream(ids), Arrays.stream(other.ids))
                            .sorted()
                            .distinct()
                            .toArray(),
                    true);
        }
        if (excluded) {
            return other.and(this);
        }
        return new LeadIdSet(Arrays.stream(ids).filter(id -> other.contains(id)).toArray(), false);
    }

    public boolean contains(long id) {
        return (Arrays.binarySearch(ids, id) >= 0) != excluded;
    }

    /** Whether no lead can match (an empty "only"). */
    public boolean isEmpty() {
        return !excluded && ids.length == 0;
    }

    /** Whether it narrows anything at all. */
    public boolean isAll() {
        return excluded && ids.length == 0;
    }

    /** Whether {@link #ids()} are the leads left out (true) or the only ones kept (false). */
    public boolean excluded() {
        return excluded;
    }

    /** The ids, sorted; a copy. */
    public long[] ids() {
        return ids.clone();
    }

    public int size() {
        return ids.length;
    }

    @Override
    public String toString() {
        return (excluded ? "all but " : "only ") + ids.length + " leads";
    }
}

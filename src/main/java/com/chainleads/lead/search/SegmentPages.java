package com.chainleads.lead.search;

import static com.chainleads.lead.search.LeadIndexFields.ID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * Deep pages from each index segment's matches, sorted once per filter and order and kept while the segment
 * lives. A segment never changes: a save adds a small new one and marks the lead's old document deleted in its
 * segment. So after a save only the new segment is sorted (a few documents), and the deleted documents of the
 * others are taken out by their keys; rows 500,001–500,050 are then a rank search across the segments instead of a
 * pass over a million documents (about 40 ms, 3× the first page by amount, whose top 50 Lucene finds by skipping).
 *
 * <p>Memory: 8 bytes per matching document per kept filter and order, at most {@link #MAX_KEPT_BYTES} in all; a
 * filter and order not kept costs one pass and one sort (the first deep page after a segment merge, too).
 */
final class SegmentPages {

    static final long MAX_KEPT_BYTES = 64L << 20;

    private static final long[] NONE = new long[0];

    private final Cache<List<Object>, long[]> sortedBySegment = Caffeine.newBuilder()
            .maximumWeight(MAX_KEPT_BYTES / Long.BYTES)
            .weigher((List<Object> key, long[] keys) -> Math.max(1, keys.length))
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The lead ids of rows {@code offset …} (at most {@code limit}) of the matches in the packed keys' order. */
    long[] page(IndexSearcher searcher, Query query, LeadIndex.CombinedKeys keys, long offset, int limit)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<long[]> matched = new ArrayList<>();
        List<long[]> deleted = new ArrayList<>();
        long live = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            long[] all = sorted(weight, leaf, query, keys);
            long[] gone = deletedMatches(weight, leaf, keys);
            matched.add(all);
            deleted.add(gone);
            live += all.length - gone.length;
        }
        if (offset >= live || limit <= 0) {
            return NONE;
        }
        long first = valueAtRank(matched, deleted, offset);
        long[] page = firstFrom(matched, deleted, first, (int) Math.min(limit, live - offset));
        long[] ids = new long[page.length];
        for (int i = 0; i < page.length; i++) {
            ids[i] = keys.idOf(page[i]);
        }
        return ids;
    }

    /** The segment's matching documents (deleted ones included) as packed keys in ascending order, kept. */
    private long[] sorted(Weight weight, LeafReaderContext leaf, Query query, LeadIndex.CombinedKeys keys)
            throws IOException {
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) {
            return collectSorted(weight, leaf, keys);
        }
        try {
            return sortedBySegment.get(List.of(core.getKey(), query, keys), k -> {
                try {
                    return collectSorted(weight, leaf, keys);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long[] collectSorted(Weight weight, LeafReaderContext leaf, LeadIndex.CombinedKeys keys)
            throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return NONE;
        }
        Packer packer = new Packer(leaf, keys);
        KeyList values = new KeyList(Math.min(leaf.reader().maxDoc(), 1 << 14));
        DocIdSetIterator matches = scorer.iterator(); // without the live-docs check: deleted documents too
        for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
            values.add(packer.pack(doc));
        }
        return values.sorted();
    }

    /** The segment's deleted documents that match, as packed keys in ascending order (few: merges drop them). */
    private static long[] deletedMatches(Weight weight, LeafReaderContext leaf, LeadIndex.CombinedKeys keys)
            throws IOException {
        Bits liveDocs = leaf.reader().getLiveDocs();
        if (liveDocs == null) {
            return NONE;
        }
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return NONE;
        }
        DocIdSetIterator matches = scorer.iterator();
        Packer packer = new Packer(leaf, keys);
        KeyList values = new KeyList(leaf.reader().numDeletedDocs());
        int maxDoc = leaf.reader().maxDoc();
        for (int doc = 0; doc < maxDoc; doc++) {
            if (liveDocs.get(doc)) {
                continue;
            }
            int at = matches.docID() < doc ? matches.advance(doc) : matches.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (at == doc) {
                values.add(packer.pack(doc));
            }
        }
        return values.sorted();
    }

    /** The smallest value with more than {@code rank} live values at or below it. Packed keys are never negative. */
    private static long valueAtRank(List<long[]> matched, List<long[]> deleted, long rank) {
        long low = 0;
        long high = Long.MAX_VALUE;
        while (low < high) {
            long middle = low + (high - low) / 2;
            if (liveAtOrBelow(matched, deleted, middle) > rank) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static long liveAtOrBelow(List<long[]> matched, List<long[]> deleted, long value) {
        long count = 0;
        for (int s = 0; s < matched.size(); s++) {
            count += upperBound(matched.get(s), value) - upperBound(deleted.get(s), value);
        }
        return count;
    }

    /** The first {@code limit} live values from {@code from} on, in ascending order. */
    private static long[] firstFrom(List<long[]> matched, List<long[]> deleted, long from, int limit) {
        KeyList candidates = new KeyList(limit);
        for (int s = 0; s < matched.size(); s++) {
            long[] all = matched.get(s);
            long[] gone = deleted.get(s);
            int a = lowerBound(all, from);
            int d = lowerBound(gone, from);
            int taken = 0;
            while (a < all.length && taken < limit) {
                while (d < gone.length && gone[d] < all[a]) {
                    d++;
                }
                if (d < gone.length && gone[d] == all[a]) { // a deleted document: one of the equal values goes
                    a++;
                    d++;
                    continue;
                }
                candidates.add(all[a++]);
                taken++;
            }
        }
        long[] page = candidates.sorted();
        return Arrays.copyOf(page, Math.min(limit, page.length));
    }

    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int upperBound(long[] sorted, long value) {
        return value == Long.MAX_VALUE ? sorted.length : lowerBound(sorted, value + 1);
    }

    /** A growing list of packed keys, handed out sorted. */
    private static final class KeyList {
        private long[] values;
        private int size;

        KeyList(int capacity) {
            values = new long[Math.max(1, capacity)];
        }

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /** Packs one document of a segment: its sort key and lead id, as {@link LeadIndex.CombinedKeys} orders them. */
    private static final class Packer {
        private final LeadIndex.CombinedKeys keys;
        private final @Nullable NumericDocValues id;
        private final @Nullable NumericDocValues key;

        Packer(LeafReaderContext leaf, LeadIndex.CombinedKeys keys) throws IOException {
            this.keys = keys;
            this.id = DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), ID));
            this.key = keys.field() == null
                    ? null
                    : DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), keys.field()));
        }

        long pack(int doc) throws IOException {
            long leadId = id != null && id.advanceExact(doc) ? id.longValue() : 0;
            boolean present = key != null && key.advanceExact(doc);
            return keys.combine(present, present ? key.longValue() : 0, leadId);
        }
    }
}

package com.chainleads.lead.search;

import static com.chainleads.lead.search.LeadIndexFields.*;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadSortKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopFieldDocs;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs lead queries on the search index: how many match and their total investment, the ids of one page in the
 * list's order (deep pages without collecting every row before them), the ids below a given one for exports.
 * Reads Hibernate Search's own near-real-time reader, so a save is seen by the next query (read-sync).
 *
 * <p>Size: every filter of {@link com.chainleads.lead.service.LeadFilter} becomes a predicate here, and the
 * paging by search-after needs its sort keys beside them; split, the predicates would be read in two places.
 */
@Component
public class LeadIndex {

    /** From this row on a page is selected ({@link DeepPage}) instead of collected. */
    static final int DEEP_FROM = 2_000;

    private final EntityManagerFactory entityManagerFactory;
    private volatile @Nullable LuceneIndexScope scope;
    /**
     * Answers per state of the index: the key holds the identity of every segment the reader saw, so any write
     * (a new or changed segment) makes a new key and no answer outlives the data it was computed from. Many
     * people opening the same lists between two saves are answered once.
     */
    private final Cache<List<Object>, Object> answers = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /** Deep pages by a number (or by nothing but the id): each segment's matches sorted once and kept. */
    private final SegmentPages segmentPages = new SegmentPages();

    LeadIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** How many leads match and their total investment (万元). */
    public record Totals(long count, BigDecimal totalInvestment) {}

    /** A sort of the list: one of its columns and a direction. */
    public record Order(LeadSortKey key, boolean ascending) {}

    private LuceneIndexScope scope() {
        LuceneIndexScope current = scope;
        if (current == null) {
            current = Search.mapping(entityManagerFactory).scope(Lead.class).extension(LuceneExtension.get());
            scope = current;
        }
        return current;
    }

    private <T> T read(ReaderWork<T> work) {
        try (IndexReader reader = scope().openIndexReader()) {
            return work.apply(new IndexSearcher(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Lead index unreadable", e);
        }
    }

    private interface ReaderWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public Totals totals(Query query) {
        return read(searcher -> remembered(searcher, List.of("totals", query), () -> {
            TotalsCollector collector = new TotalsCollector();
            searcher.search(query, collector);
            return new Totals(collector.count, BigDecimal.valueOf(collector.cents, 2));
        }));
    }

    public long count(Query query) {
        return read(searcher -> remembered(searcher, List.of("count", query), () -> (long) searcher.count(query)));
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(IndexSearcher searcher, List<Object> question, Answer<T> compute) throws IOException {
        List<Object> key = new ArrayList<>(question);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
            key.add(helper == null ? leaf.reader() : helper.getKey());
        }
        Object known = answers.getIfPresent(key);
        if (known != null) {
            return (T) known;
        }
        T computed = compute.get();
        answers.put(key, computed);
        return computed;
    }

    private interface Answer<T> {
        T get() throws IOException;
    }

    /** The ids of rows {@code offset …} (at most {@code limit}) of the matching leads in the given order. */
    public List<Long> ids(Query query, List<Order> orders, long offset, int limit) {
        return read(searcher -> {
            if (offset >= DEEP_FROM && orders.size() <= 1) {
                return deep(searcher, query, orders.isEmpty() ? null : orders.get(0), offset, limit);
            }
            return remembered(searcher, List.of("ids", query, orders, offset, limit), () -> {
                int wanted = (int) Math.min(Integer.MAX_VALUE - 1, offset + limit);
                TopFieldDocs top = searcher.search(query, Math.max(1, wanted), sort(orders), false);
                List<Long> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = (int) Math.min(offset, docs.length); i < docs.length; i++) {
                    Object[] fields = ((FieldDoc) docs[i]).fields;
                    ids.add((Long) fields[fields.length - 1]);
                }
                return List.copyOf(ids);
            });
        });
    }

    /** Rows as {@link #ids} gives them, always selected as for a deep page (tests compare both ways). */
    List<Long> deepIds(Query query, List<Order> orders, long offset, int limit) {
        return read(searcher -> deep(searcher, query, orders.isEmpty() ? null : orders.get(0), offset, limit));
    }

    /**
     * The highest {@code limit} matching ids, highest first: the rows of an export, in one pass over the matches
     * that only reads their ids. Ranking them by id in a queue instead costs a heap step per match (the index
     * holds them in ascending order, so each enters the queue), and repeating that per chunk of an export cost
     * seconds at a million leads.
     */
    public List<Long> idsDescending(Query query, int limit) {
        return read(searcher -> {
            IdsCollector collector = new IdsCollector();
            searcher.search(query, collector);
            long[] ids = Arrays.copyOf(collector.ids, collector.size);
            Arrays.sort(ids);
            List<Long> highest = new ArrayList<>(Math.min(limit, ids.length));
            for (int i = ids.length - 1; i >= 0 && highest.size() < limit; i--) {
                highest.add(ids[i]);
            }
            return highest;
        });
    }

    /** Every lead id in the index with the last change it was indexed at (epoch milliseconds). */
    public IndexedLeads indexedLeads() {
        return read(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            long[] ids = new long[reader.numDocs()];
            long[] updated = new long[ids.length];
            long[] versions = new long[ids.length];
            int n = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues id = DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), ID));
                NumericDocValues at = DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), UPDATED_AT));
                NumericDocValues mapping =
                        DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), MAPPING));
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live != null && !live.get(doc)) || id == null || !id.advanceExact(doc)) {
                        continue;
                    }
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2 + 1);
                        updated = Arrays.copyOf(updated, ids.length);
                        versions = Arrays.copyOf(versions, ids.length);
                    }
                    ids[n] = id.longValue();
                    updated[n] = at != null && at.advanceExact(doc) ? at.longValue() : Long.MIN_VALUE;
                    versions[n] = mapping != null && mapping.advanceExact(doc) ? mapping.longValue() : 0;
                    n++;
                }
            }
            return new IndexedLeads(Arrays.copyOf(ids, n), Arrays.copyOf(updated, n), Arrays.copyOf(versions, n));
        });
    }

    /** Each indexed lead's value of a numeric field (leads without a value left out): for consistency checks. */
    public java.util.Map<Long, Long> valuesOf(String field) {
        return read(searcher -> {
            java.util.Map<Long, Long> values = new java.util.HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues id = DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), ID));
                NumericDocValues value = DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), field));
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc))
                            && id != null
                            && id.advanceExact(doc)
                            && value != null
                            && value.advanceExact(doc)) {
                        values.put(id.longValue(), value.longValue());
                    }
                }
            }
            return values;
        });
    }

    /** Lead ids with the change each was indexed at and the mapping version of its document. */
    public record IndexedLeads(long[] ids, long[] updatedAtMillis, long[] mappingVersions) {
        public int size() {
            return ids.length;
        }
    }

    // ---- sorting ------------------------------------------------------------------------------------------

    /** How a column sorts in the index: a number, or a name (with the number of its first characters). */
    private record SortSpec(String field, @Nullable String keyField) {
        boolean isName() {
            return keyField != null;
        }
    }

    private static SortSpec spec(LeadSortKey key) {
        return switch (key) {
            case LEAD_NO -> new SortSpec(LEAD_NO_ORDER, null);
            case PROJECT -> new SortSpec(PROJECT_SORT, PROJECT_KEY);
            case INVESTOR -> new SortSpec(INVESTOR_SORT, INVESTOR_KEY);
            case SECTOR -> new SortSpec(SECTOR_ORDER, null);
            case CHAIN_LINK -> new SortSpec(LINK_ORDER, null);
            case STAGE -> new SortSpec(STAGE_RANK, null);
            case TOTAL_INVESTMENT -> new SortSpec(INVESTMENT, null);
            case OWNER -> new SortSpec(OWNER_SORT, OWNER_KEY);
            case UNIT -> new SortSpec(UNIT_ORDER, null);
            case NEXT_FOLLOW_UP -> new SortSpec(NEXT_FOLLOW_UP, null);
            case UPDATED -> new SortSpec(UPDATED_AT, null);
            case FIRST_REPORTED -> new SortSpec(REPORTED_AT, null);
            case LAST_ACTIVITY -> new SortSpec(LAST_ACTIVITY, null);
        };
    }

    /** The list's order: the columns asked for, a missing value first when ascending (as MySQL), then id desc. */
    static Sort sort(List<Order> orders) {
        List<SortField> fields = new ArrayList<>();
        for (Order order : orders) {
            SortSpec spec = spec(order.key());
            if (spec.isName()) {
                SortedSetSortField field = new SortedSetSortField(spec.field(), !order.ascending());
                field.setMissingValue(order.ascending() ? SortField.STRING_FIRST : SortField.STRING_LAST);
                fields.add(field);
            } else {
                SortedNumericSortField field =
                        new SortedNumericSortField(spec.field(), SortField.Type.LONG, !order.ascending());
                field.setMissingValue(Long.MIN_VALUE);
                fields.add(field);
            }
        }
        fields.add(new SortedNumericSortField(ID, SortField.Type.LONG, true));
        return new Sort(fields.toArray(SortField[]::new));
    }

    private List<Long> deep(IndexSearcher searcher, Query query, @Nullable Order order, long offset, int limit)
            throws IOException {
        SortSpec spec = order == null ? null : spec(order.key());
        boolean ascending = order == null || order.ascending();
        if (spec == null || !spec.isName()) {
            CombinedKeys combined =
                    CombinedKeys.plan(searcher.getIndexReader(), spec == null ? null : spec.field(), ascending);
            if (combined != null) {
                return Arrays.stream(segmentPages.page(searcher, query, combined, offset, limit))
                        .boxed()
                        .toList();
            }
        }
        String keyField = spec == null ? null : spec.isName() ? spec.keyField() : spec.field();
        KeysCollector collector = new KeysCollector(keyField, order == null || order.ascending());
        searcher.search(query, collector);
        IntFunction<String> names = spec != null && spec.isName()
                ? row -> name(searcher.getIndexReader(), spec.field(), collector.docs[row])
                : null;
        long[] ids = new DeepPage(collector.keys(), collector.ids, collector.size)
                .ids(offset, limit, names, order == null || order.ascending());
        return Arrays.stream(ids).boxed().toList();
    }

    private static String name(IndexReader reader, String field, int doc) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            return values.advanceExact(doc - leaf.docBase)
                    ? values.lookupOrd(values.nextOrd()).utf8ToString()
                    : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A numeric sort key and the lead id packed into one long whose ascending order is the list's order (key in the
     * wanted direction, a missing key first when ascending and last when descending, then descending id) — when
     * the ranges the index holds leave room for both. One pass then gathers a single array to select from.
     */
    record CombinedKeys(@Nullable String field, boolean ascending, long low, long high, int idBits) {

        static @Nullable CombinedKeys plan(IndexReader reader, @Nullable String field, boolean ascending)
                throws IOException {
            long maxId = max(reader, ID, true);
            // one bit to spare, and the key's range widened below: the packing stays the same while leads are
            // added and saved (a later update time, a new largest amount), so SegmentPages keeps its sorted keys
            int idBits = 1 + Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, maxId)));
            long low = 0;
            long high = 0;
            if (field != null) {
                long min = max(reader, field, false);
                long max = max(reader, field, true);
                if (min > max) { // no values at all: every key is missing
                    min = 0;
                    max = 0;
                }
                if (Math.abs(min) > 1L << 60 || Math.abs(max) > 1L << 60) {
                    return null;
                }
                low = ascending ? min - 1 : -max;
                high = ascending ? max : -min + 1;
                long step = Long.highestOneBit(Math.max(1, high - low));
                if (step > 1L << 56) {
                    return null;
                }
                low = Math.floorDiv(low, step) * step - 2 * step; // at least two steps below the lowest key
                high = low + 8 * step; // and at least four above the highest: a range of less than 2 steps
            }
            int keyBits = 64 - Long.numberOfLeadingZeros(high - low);
            return keyBits + idBits <= 63 ? new CombinedKeys(field, ascending, low, high, idBits) : null;
        }

        /** The packed long of a row: {@code value} is its key when {@code present}, else the key is missing. */
        long combine(boolean present, long value, long id) {
            long key;
            if (field == null) {
                key = low;
            } else if (present) {
                key = ascending ? value : -value;
            } else {
                key = ascending ? low : high; // as MySQL: NULL first ascending, last descending
            }
            long mask = (1L << idBits) - 1;
            return ((key - low) << idBits) | (mask - id);
        }

        long idOf(long combined) {
            long mask = (1L << idBits) - 1;
            return mask - (combined & mask);
        }

        /** The smallest or largest value of a numeric field in the index (Long.MAX/MIN when it has none). */
        private static long max(IndexReader reader, String field, boolean largest) throws IOException {
            long result = largest ? Long.MIN_VALUE : Long.MAX_VALUE;
            for (LeafReaderContext leaf : reader.leaves()) {
                PointValues points = leaf.reader().getPointValues(field);
                if (points != null && points.size() > 0) {
                    long value = LongPoint.decodeDimension(
                            largest ? points.getMaxPackedValue() : points.getMinPackedValue(), 0);
                    result = largest ? Math.max(result, value) : Math.min(result, value);
                }
            }
            return result;
        }
    }

    // ---- collectors ---------------------------------------------------------------------------------------

    /** Collects every match in document order, without scores. */
    private abstract static class EveryMatch extends SimpleCollector {

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Counts the matches and adds up their investment. */
    private static final class TotalsCollector extends EveryMatch {
        long count;
        long cents;
        private @Nullable NumericDocValues investment;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            investment = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), INVESTMENT));
        }

        @Override
        public void collect(int doc) throws IOException {
            count++;
            if (investment != null && investment.advanceExact(doc)) {
                cents += investment.longValue();
            }
        }
    }

    /** Every match's id. */
    private static final class IdsCollector extends EveryMatch {
        long[] ids = new long[1024];
        int size;
        private @Nullable NumericDocValues id;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            id = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), ID));
        }

        @Override
        public void collect(int doc) throws IOException {
            if (id == null || !id.advanceExact(doc)) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id.longValue();
        }
    }

    /**
     * Every match's id, document number and sort key, the key turned so ascending order is the wanted one and a
     * missing value placed first (ascending) or last (descending), as MySQL sorts NULL.
     */
    private static final class KeysCollector extends EveryMatch {
        private final @Nullable String keyField;
        private final boolean ascending;
        long[] raw = new long[1024];
        boolean[] present = new boolean[1024];
        long[] ids = new long[1024];
        int[] docs = new int[1024];
        int size;
        private int docBase;
        private @Nullable NumericDocValues key;
        private @Nullable NumericDocValues id;

        KeysCollector(@Nullable String keyField, boolean ascending) {
            this.keyField = keyField;
            this.ascending = ascending;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            docBase = context.docBase;
            id = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), ID));
            key = keyField == null
                    ? null
                    : DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), keyField));
        }

        @Override
        public void collect(int doc) throws IOException {
            if (size == ids.length) {
                int grown = size * 2;
                raw = Arrays.copyOf(raw, grown);
                present = Arrays.copyOf(present, grown);
                ids = Arrays.copyOf(ids, grown);
                docs = Arrays.copyOf(docs, grown);
            }
            ids[size] = id != null && id.advanceExact(doc) ? id.longValue() : 0;
            boolean has = key != null && key.advanceExact(doc);
            present[size] = has;
            raw[size] = has ? key.longValue() : 0;
            docs[size] = docBase + doc;
            size++;
        }

        /** Keys in ascending order of the wanted sort; without a sort key, all equal (id desc decides). */
        long[] keys() {
            long[] keys = new long[size];
            if (keyField == null) {
                return keys;
            }
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                if (present[i]) {
                    long value = ascending ? raw[i] : ~raw[i];
                    keys[i] = value;
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
            long missing = ascending ? (min == Long.MAX_VALUE ? 0 : min - 1) : (max == Long.MIN_VALUE ? 0 : max + 1);
            for (int i = 0; i < size; i++) {
                if (!present[i]) {
                    keys[i] = missing;
                }
            }
            return keys;
        }
    }
}

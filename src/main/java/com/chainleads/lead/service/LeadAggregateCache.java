package com.chainleads.lead.service;

import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Aggregates over the lead register — the count and total above the list, the cockpit's figures, the map's
 * lead statistics — kept per key (visibility scope, day, query, filter) until any entity changes
 * ({@link EntityChangeListener} calls {@link #invalidate()} at flush and again after commit). With a million
 * leads an exact count of a broad filter reads hundreds of thousands of index entries; a leader opening the same
 * list or cockpit again should not pay for it twice when nothing changed.
 *
 * <p>A result is stored only if nothing changed while it was computed, so a figure read before a commit never
 * outlives that commit. One application node: a second node would need the invalidation broadcast.
 */
@Component
public class LeadAggregateCache {

    /** Enough for every leader's and unit's common filters; the map is emptied when it grows past this. */
    static final int MAX_ENTRIES = 5_000;

    private final Map<List<?>, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    LeadAggregateCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * An aggregate keyed by what the caller may see and today's date (the clocks and periods move with it)
     * besides the query and its arguments.
     */
    <T> T cached(AppUserPrincipal user, String query, Object arguments, Supplier<T> compute) {
        String scope = user.role() == Role.OFFICER ? "unit:" + user.unitId() : "all";
        return get(List.of(scope, LocalDate.now(clock), query, arguments), compute);
    }

    @SuppressWarnings("unchecked")
    <T> T get(List<?> key, Supplier<T> compute) {
        Object cached = entries.get(key);
        if (cached != null) {
            return (T) cached;
        }
        long before = generation.get();
        T computed = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (computed != null && generation.get() == before) {
            entries.put(key, computed);
            if (generation.get() != before) {
                entries.remove(key, computed); // a change landed while storing
            }
        }
        return computed;
    }

    /** Forgets every stored figure: some entity changed. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}

package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LeadAggregateCacheTest {

    private final LeadAggregateCache cache = new LeadAggregateCache(java.time.Clock.systemUTC());
    private final AtomicInteger computed = new AtomicInteger();
    private final List<?> sectorTotals = List.of("all", "totals", "sector=BIOMEDICINE");

    private Long count(long n) {
        computed.incrementAndGet();
        return n;
    }

    @Test
    void theSameKeyIsComputedOnceUntilSomethingChanges() {
        assertThat(cache.get(sectorTotals, () -> count(5))).isEqualTo(5);
        assertThat(cache.get(sectorTotals, () -> count(6))).isEqualTo(5);
        assertThat(computed).hasValue(1);

        cache.invalidate();
        assertThat(cache.get(sectorTotals, () -> count(6))).isEqualTo(6);
        assertThat(computed).hasValue(2);
    }

    @Test
    void scopesAndFiltersAreKeptApart() {
        cache.get(sectorTotals, () -> count(5));
        assertThat(cache.get(List.of("unit:1", "totals", "sector=BIOMEDICINE"), () -> count(2))).isEqualTo(2);
        assertThat(cache.get(List.of("all", "totals", ""), () -> count(9))).isEqualTo(9);
        assertThat(computed).hasValue(3);
    }

    @Test
    void aFigureDuringWhoseComputationSomethingChangedIsNotKept() {
        Long first = cache.get(sectorTotals, () -> {
            cache.invalidate(); // a commit lands while the count runs
            return count(5);
        });
        assertThat(first).isEqualTo(5);
        assertThat(cache.get(sectorTotals, () -> count(6))).isEqualTo(6);
    }
}

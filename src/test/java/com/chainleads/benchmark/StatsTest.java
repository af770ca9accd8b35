package com.chainleads.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void percentilesAreTheNearestRankSamples() {
        // 1 … 100 ms: the p-th percentile is the p-th smallest sample
        List<Long> nanos =
                LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).boxed().toList();

        Stats stats = Stats.ofNanos(nanos);

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.p50Ms()).isEqualTo(50.0);
        assertThat(stats.p95Ms()).isEqualTo(95.0);
        assertThat(stats.p99Ms()).isEqualTo(99.0);
        assertThat(stats.maxMs()).isEqualTo(100.0);
    }

    @Test
    void aSingleSampleIsEveryPercentileAndNoSamplesGiveNoFigures() {
        assertThat(Stats.ofNanos(List.of(3_000_000L)).p99Ms()).isEqualTo(3.0);
        assertThat(Stats.ofNanos(List.of()).count()).isZero();
        assertThat(Stats.ofNanos(List.of()).p95Ms()).isNaN();
    }
}

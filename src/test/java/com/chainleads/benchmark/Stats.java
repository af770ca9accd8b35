package com.chainleads.benchmark;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of a set of durations, in milliseconds, by the nearest-rank method (the smallest sample with
 * at least p % of the samples at or below it): no interpolation, every figure is a latency that happened.
 */
public record Stats(int count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    public static final Stats EMPTY = new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Stats ofNanos(Collection<Long> nanos) {
        if (nanos.isEmpty()) {
            return EMPTY;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Stats(
                sorted.length,
                millis(percentile(sorted, 50)),
                millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    /** Nearest rank: the ⌈p/100 · n⌉-th smallest sample. */
    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}

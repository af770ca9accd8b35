package com.chainleads.benchmark;

import java.util.Arrays;
import java.util.List;

/** Samples in milliseconds with nearest-rank percentiles. */
record Timings(double[] sortedMillis) {

    static Timings ofNanos(List<Long> nanos) {
        return new Timings(nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray());
    }

    int count() {
        return sortedMillis.length;
    }

    double percentile(double p) {
        if (sortedMillis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
        return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double p99() {
        return percentile(99);
    }

    double max() {
        return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
    }

    @Override
    public String toString() {
        return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f ms", count(), p50(), p95(), p99());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timings t && Arrays.equals(sortedMillis, t.sortedMillis);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sortedMillis);
    }
}

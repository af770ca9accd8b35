package com.chainleads.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Times a case's work the way the benchmark's cases do: cold runs (each after {@code beforeEach}, a save that
 * empties the caches) with the service's and the database's time, then warm runs straight after one another.
 */
final class CaseTimer {

    /** Service and database time of the cold runs. */
    record Cold(Stats service, Stats database) {

        String describe() {
            return String.format(
                    "service p50 %s / p95 %s / p99 %s ms, DB p50 %s / p95 %s ms",
                    BenchmarkReport.ms(service.p50Ms()),
                    BenchmarkReport.ms(service.p95Ms()),
                    BenchmarkReport.ms(service.p99Ms()),
                    BenchmarkReport.ms(database.p50Ms()),
                    BenchmarkReport.ms(database.p95Ms()));
        }
    }

    /** Cold runs, then warm ones. */
    record ColdAndWarm(Cold cold, Stats warm) {

        String describe() {
            return String.format(
                    "cold: %s; warm: p50 %s / p95 %s ms",
                    cold.describe(), BenchmarkReport.ms(warm.p50Ms()), BenchmarkReport.ms(warm.p95Ms()));
        }
    }

    private CaseTimer() {}

    /** {@code warmups} untimed runs, then {@code iterations} cold and {@code iterations} warm runs. */
    static ColdAndWarm coldAndWarm(int warmups, int iterations, Runnable beforeEach, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            beforeEach.run();
            work.run();
        }
        Cold cold = cold(iterations, beforeEach, work);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            warm.add(System.nanoTime() - start);
        }
        return new ColdAndWarm(cold, Stats.ofNanos(warm));
    }

    /** {@code iterations} runs, each after {@code beforeEach} (not timed). */
    static Cold cold(int iterations, Runnable beforeEach, Runnable work) {
        List<Long> service = new ArrayList<>();
        List<Long> database = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            beforeEach.run();
            DatabaseTime.reset();
            long start = System.nanoTime();
            work.run();
            service.add(System.nanoTime() - start);
            database.add(DatabaseTime.nanos());
        }
        return new Cold(Stats.ofNanos(service), Stats.ofNanos(database));
    }
}

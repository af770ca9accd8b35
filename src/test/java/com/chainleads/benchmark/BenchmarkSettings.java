package com.chainleads.benchmark;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the benchmark runs, from system properties (the {@code benchmark} Maven profile passes them on):
 * {@code bench.leads}, {@code bench.iterations}, {@code bench.warmups}, {@code bench.baseline.iterations},
 * {@code bench.import.rows}, {@code bench.export.rows}, {@code bench.sessions}, {@code bench.users} (e.g.
 * 50,100,200), {@code bench.load.seconds} and {@code bench.cases} (letters a–h, l, p and w, or "all"); case l reads {@code bench.enterprises} itself.
 */
record BenchmarkSettings(
        long leads,
        int iterations,
        int warmups,
        int baselineIterations,
        int importRows,
        int exportRows,
        int sessions,
        int[] users,
        int loadSeconds,
        Set<String> cases) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                Long.getLong("bench.leads", 1_000_000L),
                Integer.getInteger("bench.iterations", 30),
                Integer.getInteger("bench.warmups", 3),
                Integer.getInteger("bench.baseline.iterations", 3),
                Integer.getInteger("bench.import.rows", 100_000),
                Integer.getInteger("bench.export.rows", 100_000),
                Integer.getInteger("bench.sessions", 100),
                Arrays.stream(System.getProperty("bench.users", "50,100,200").split(","))
                        .map(String::trim)
                        .mapToInt(Integer::parseInt)
                        .toArray(),
                Integer.getInteger("bench.load.seconds", 30),
                Arrays.stream(System.getProperty("bench.cases", "all").split(","))
                        .map(String::trim)
                        .collect(Collectors.toSet()));
    }

    boolean runs(String caseLetter) {
        return cases.contains("all") || cases.contains(caseLetter);
    }
}

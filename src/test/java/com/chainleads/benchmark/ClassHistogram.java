package com.chainleads.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The live objects of this JVM by class, as {@code jcmd <pid> GC.class_histogram} prints them (it runs a full
 * GC first), read through the HotSpot diagnostic command MBean. Two of them, taken before and after opening
 * sessions, show which classes the sessions hold: case g prints that difference with {@code -Dbench.histogram}.
 * Kept in three arrays with interned class names, so the first histogram adds little to the second.
 */
final class ClassHistogram {

    private static final Pattern LINE = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

    private final String[] classNames;
    private final long[] instances;
    private final long[] bytes;

    private ClassHistogram(String[] classNames, long[] instances, long[] bytes) {
        this.classNames = classNames;
        this.instances = instances;
        this.bytes = bytes;
    }

    /** Takes the histogram now (a full GC). */
    static ClassHistogram take() {
        String text;
        try {
            text = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {null},
                            new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("class histogram not available in this JVM", e);
        }
        String[] lines = text.split("\n");
        String[] names = new String[lines.length];
        long[] counts = new long[lines.length];
        long[] sizes = new long[lines.length];
        int n = 0;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                names[n] = m.group(3).intern();
                counts[n] = Long.parseLong(m.group(1));
                sizes[n] = Long.parseLong(m.group(2));
                n++;
            }
        }
        return new ClassHistogram(
                java.util.Arrays.copyOf(names, n),
                java.util.Arrays.copyOf(counts, n),
                java.util.Arrays.copyOf(sizes, n));
    }

    private record Growth(String className, long instances, long bytes) {}

    /**
     * The classes that grew most from {@code before} to this one, per {@code divisor} (e.g. per session), as a
     * table of at most {@code limit} lines.
     */
    String growthSince(ClassHistogram before, int divisor, int limit) {
        Map<String, long[]> old = new HashMap<>();
        for (int i = 0; i < before.classNames.length; i++) {
            old.merge(before.classNames[i], new long[] {before.instances[i], before.bytes[i]}, (a, b) ->
                    new long[] {a[0] + b[0], a[1] + b[1]});
        }
        Map<String, long[]> now = new HashMap<>();
        for (int i = 0; i < classNames.length; i++) {
            now.merge(classNames[i], new long[] {instances[i], bytes[i]}, (a, b) ->
                    new long[] {a[0] + b[0], a[1] + b[1]});
        }
        List<Growth> growth = new ArrayList<>();
        now.forEach((name, after) -> {
            long[] was = old.getOrDefault(name, new long[2]);
            growth.add(new Growth(name, after[0] - was[0], after[1] - was[1]));
        });
        growth.sort(Comparator.comparingLong(Growth::bytes).reversed());
        long total = growth.stream().mapToLong(Growth::bytes).sum();
        StringBuilder table = new StringBuilder(
                String.format("%14s %14s  %s%n", "instances/n", "bytes/n", "class (growth per " + divisor + ")"));
        growth.stream()
                .limit(limit)
                .forEach(g -> table.append(String.format(
                        "%14.1f %14.0f  %s%n",
                        (double) g.instances() / divisor, (double) g.bytes() / divisor, g.className())));
        table.append(String.format("%14s %14.0f  %s%n", "", (double) total / divisor, "(all classes)"));
        return table.toString();
    }
}

package com.chainleads.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's results as a Markdown table, printed and written to target/benchmark/results.md. */
final class BenchmarkReport {

    /** One line of the table; figures already formatted, ratio blank where there is no baseline. */
    record Line(
            String caseId,
            String what,
            String target,
            String measured,
            String baseline,
            String ratio,
            String verdict) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(Line line) {
        lines.add(line);
        System.out.printf(
                "BENCH %-4s %-58s %-28s %s | baseline %s | ratio %s | %s%n",
                line.caseId(),
                line.what(),
                line.target(),
                line.measured(),
                line.baseline(),
                line.ratio(),
                line.verdict());
    }

    synchronized void note(String note) {
        notes.add(note);
        System.out.println("BENCH note: " + note);
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format("%.0f", millis) : String.format("%.1f", millis);
    }

    static String verdict(boolean met) {
        return met ? "met" : "missed";
    }

    synchronized Path write(String heading) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(heading).append("\n\n");
        md.append("Run at ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MB, Java ")
                .append(System.getProperty("java.version"))
                .append("\n\n");
        md.append("| case | what | target | measured | naive baseline | ratio | |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Line line : lines) {
            md.append("| ")
                    .append(String.join(
                            " | ",
                            line.caseId(),
                            line.what(),
                            line.target(),
                            line.measured(),
                            line.baseline(),
                            line.ratio(),
                            line.verdict()))
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Path file = Path.of("target", "benchmark", "results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md, StandardCharsets.UTF_8);
        System.out.println(md);
        return file;
    }
}

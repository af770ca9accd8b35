package com.chainleads.transfer.service;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one pass over a file: row counts, the first problems (for display; {@link #problemCount()}
 * counts all), the columns that were ignored, the error report when some rows were invalid, and the first notes on
 * valid rows (what importing them will do, e.g. update a stored record; {@link #noteCount()} counts all).
 */
public record PassResult(
        int totalRows,
        int validRows,
        int invalidRows,
        int problemCount,
        List<RowProblem> problems,
        List<String> ignoredColumns,
        @Nullable Path errorReport,
        int noteCount,
        List<RowProblem> notes) {

    public PassResult {
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
        notes = List.copyOf(notes);
    }

    /** A result without notes. */
    public PassResult(
            int totalRows,
            int validRows,
            int invalidRows,
            int problemCount,
            List<RowProblem> problems,
            List<String> ignoredColumns,
            @Nullable Path errorReport) {
        this(totalRows, validRows, invalidRows, problemCount, problems, ignoredColumns, errorReport, 0, List.of());
    }

    public boolean problemsTruncated() {
        return problems.size() < problemCount;
    }
}

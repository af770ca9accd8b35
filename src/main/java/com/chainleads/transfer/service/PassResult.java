package com.chainleads.transfer.service;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one pass over a file: row counts, the first problems (for display; {@link #problemCount()}
 * counts all), the columns that were ignored, and the error report when some rows were invalid.
 */
public record PassResult(
        int totalRows,
        int validRows,
        int invalidRows,
        int problemCount,
        List<RowProblem> problems,
        List<String> ignoredColumns,
        @Nullable Path errorReport) {

    public PassResult {
        problems = List.copyOf(problems);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    public boolean problemsTruncated() {
        return problems.size() < problemCount;
    }
}

package com.chainleads.transfer.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.transfer.cell.Problem;
import com.chainleads.transfer.cell.Text;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.service.ImportProgress.Phase;
import com.chainleads.transfer.xlsx.ColumnSpec;
import com.chainleads.transfer.xlsx.ErrorReportWriter;
import com.chainleads.transfer.xlsx.XlsxFile;
import com.chainleads.transfer.xlsx.XlsxRejectedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Streams an uploaded sheet through a definition's mapper: finds the header row, maps and checks every row,
 * detects duplicate keys inside the file and against the register, and writes the invalid rows to an error
 * report. The same pass serves the preview and the apply — the apply re-reads the file rather than keeping
 * parsed rows, so memory stays bounded whatever the file's size: a window of {@value #BATCH_SIZE} rows, the
 * keys seen so far and the first problems and notes for display.
 *
 * <p>Size: one pass's state machine (header, rows, windows, report, progress) kept together because every step
 * reads the pass's counters and positions; split, each part would need them all.
 */
public final class ImportPipeline<T> {

    /** Rows checked against the register and stored together. */
    public static final int BATCH_SIZE = 500;
    /** The header must be within the first rows (an export has a title row above it). */
    static final int HEADER_SEARCH_ROWS = 10;

    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    private final ImportDefinition<T> definition;
    private final ImportContext context;
    private final Translator t;
    private final Settings settings;
    private final Consumer<ImportProgress> progress;
    private final BooleanSupplier cancelled;

    /** Limits and the header texts of our own error reports (skipped on a re-upload), in both languages. */
    public record Settings(int maxRows, int problemsShown, Set<String> skippedHeaders, Set<String> rowNumberHeaders) {

        public Settings(int maxRows, int problemsShown, Set<String> skippedHeaders) {
            this(maxRows, problemsShown, skippedHeaders, Set.of());
        }
    }

    public ImportPipeline(
            ImportDefinition<T> definition,
            ImportContext context,
            Translator translator,
            Settings settings,
            Consumer<ImportProgress> progress,
            BooleanSupplier cancelled) {
        this.definition = definition;
        this.context = context;
        this.t = translator;
        this.settings = settings;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Checks every row without storing anything. */
    public PassResult preview(Path file, @Nullable Path errorReport) {
        return new Pass(Phase.CHECKING, false).run(file, errorReport);
    }

    /**
     * Checks the file again and stores the valid rows, all inside one transaction. In all-or-nothing mode a
     * single invalid row rolls everything back ({@link ImportOutcome.Status#REJECTED}); any exception rolls
     * everything back too.
     */
    public ImportOutcome apply(Path file, @Nullable Path errorReport, TransactionOperations transactions) {
        ImportOutcome outcome = transactions.execute(status -> {
            Pass pass = new Pass(Phase.IMPORTING, true);
            PassResult result = pass.run(file, errorReport);
            if (context.mode() == ImportMode.ALL_OR_NOTHING && result.invalidRows() > 0) {
                status.setRollbackOnly();
                return new ImportOutcome(ImportOutcome.Status.REJECTED, 0, result);
            }
            pass.target.finish(
                    new ImportSummary(context.fileName(), context.mode(), result.validRows(), result.invalidRows()),
                    context);
            return new ImportOutcome(ImportOutcome.Status.IMPORTED, result.validRows(), result);
        });
        if (outcome == null) {
            throw new IllegalStateException("No outcome");
        }
        return outcome;
    }

    /** One read of the file. */
    private final class Pass implements XlsxFile.RowHandler {

        private final Phase phase;
        private final boolean store;
        private final List<ColumnSpec> columns = definition.columns();
        private final ImportRowMapper<T> mapper = definition.mapper(context);
        private final ImportTarget<T> target = definition.target(context);
        private final @Nullable ColumnSpec keyColumn = definition.keyColumn();
        private final Map<String, Integer> firstRowOfKey = new HashMap<>();
        private final List<Pending<T>> window = new ArrayList<>(BATCH_SIZE);
        private final List<RowProblem> shownProblems = new ArrayList<>();
        private final List<RowProblem> shownNotes = new ArrayList<>();
        private int noteCount;

        private @Nullable Path errorReportFile;
        private @Nullable ErrorReportWriter report;
        private XlsxFile.@Nullable SheetInfo sheet;
        private @Nullable Map<ColumnSpec, Integer> positions;
        /** The 原行号 column of an uploaded error report: its rows are numbered as in the original file. */
        private int originalRowColumn = -1;

        private List<String> headers = List.of();
        private List<String> ignored = List.of();
        private int rowsBeforeHeader;
        private int total;
        private int valid;
        private int invalid;
        private int problemCount;
        private boolean storing;
        private long lastProgress;

        Pass(Phase phase, boolean store) {
            this.phase = phase;
            this.store = store;
            this.storing = store;
        }

        PassResult run(Path file, @Nullable Path errorReport) {
            this.errorReportFile = errorReport;
            try (XlsxFile xlsx = XlsxFile.open(file)) {
                xlsx.readFirstSheet(this);
                if (positions == null) {
                    throw XlsxRejectedException.of(
                            rowsBeforeHeader == 0 ? "transfer.file.noRows" : "transfer.file.noHeader");
                }
                flush();
                if (total == 0) {
                    throw XlsxRejectedException.of("transfer.file.noRows");
                }
                Path written = null;
                if (report != null && errorReport != null && report.rows() > 0) {
                    report.writeTo(errorReport);
                    written = errorReport;
                }
                progress.accept(new ImportProgress(phase, total, 1.0));
                return new PassResult(
                        total, valid, invalid, problemCount, shownProblems, ignored, written, noteCount, shownNotes);
            } finally {
                if (report != null) {
                    report.close();
                }
            }
        }

        @Override
        public void start(XlsxFile.SheetInfo sheetInfo) {
            this.sheet = sheetInfo;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException();
            }
            if (positions == null) {
                findHeader(cells);
                return;
            }
            if (++total > settings.maxRows()) {
                throw XlsxRejectedException.of("transfer.file.tooManyRows", settings.maxRows());
            }
            List<String> copy = List.copyOf(cells);
            ImportRow row = new ImportRow(originalRowNumber(copy, rowNumber), copy, positions);
            T value = map(row);
            String key = null;
            if (!row.hasProblems() && value != null && keyColumn != null) {
                key = definition.key(value);
                if (key != null) {
                    Integer first = firstRowOfKey.putIfAbsent(key, rowNumber);
                    if (first != null) {
                        row.problem(keyColumn, "transfer.problem.duplicateInFile", first);
                    }
                }
            }
            window.add(new Pending<>(row, row.hasProblems() ? null : value, row.hasProblems() ? null : key));
            if (window.size() >= BATCH_SIZE) {
                flush();
            }
            reportProgress(false);
        }

        /** The row's number in the original file when this is one of our error reports (its 原行号), else its own. */
        private int originalRowNumber(List<String> cells, int rowNumber) {
            if (originalRowColumn < 0 || originalRowColumn >= cells.size()) {
                return rowNumber;
            }
            String text = Text.clean(cells.get(originalRowColumn)).strip();
            if (text.endsWith(".0")) {
                text = text.substring(0, text.length() - 2);
            }
            try {
                int original = Integer.parseInt(text);
                return original > 0 ? original : rowNumber;
            } catch (NumberFormatException notANumber) {
                return rowNumber;
            }
        }

        private @Nullable T map(ImportRow row) {
            try {
                return mapper.map(row);
            } catch (BusinessRuleException rule) {
                ColumnSpec column = columns.stream()
                        .filter(c -> c.id().equals(rule.field()))
                        .findFirst()
                        .orElse(null);
                if (column != null) {
                    row.problem(column, rule.messageKey(), rule.args());
                } else {
                    row.problem(rule.messageKey(), rule.args());
                }
                return null;
            }
        }

        private void findHeader(List<String> cells) {
            if (++rowsBeforeHeader > HEADER_SEARCH_ROWS) {
                throw XlsxRejectedException.of("transfer.file.noHeader");
            }
            Map<ColumnSpec, Integer> found = new LinkedHashMap<>();
            Set<String> unknown = new LinkedHashSet<>();
            List<ColumnSpec> specsByPosition = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                String header = cells.get(c);
                ColumnSpec match = columns.stream()
                        .filter(spec -> spec.matchesHeader(header))
                        .findFirst()
                        .orElse(null);
                specsByPosition.add(match);
                if (match == null) {
                    if (!Text.isBlank(header) && !settings.skippedHeaders().contains(ColumnSpec.headerKey(header))) {
                        unknown.add(Text.clean(header));
                    }
                } else if (found.putIfAbsent(match, c) != null) {
                    throw XlsxRejectedException.of("transfer.file.duplicateColumn", Text.clean(header));
                }
            }
            if (found.size() < Math.min(2, columns.size())) {
                return; // a title row, or something else above the header
            }
            List<String> missing = columns.stream()
                    .filter(ColumnSpec::required)
                    .filter(c -> !found.containsKey(c))
                    .map(c -> c.header(t.locale()))
                    .toList();
            if (!missing.isEmpty()) {
                throw XlsxRejectedException.of("transfer.file.missingColumns", String.join(separator(), missing));
            }
            positions = found;
            for (int c = 0; c < cells.size(); c++) {
                if (specsByPosition.get(c) == null
                        && settings.rowNumberHeaders().contains(ColumnSpec.headerKey(cells.get(c)))) {
                    originalRowColumn = c;
                    break;
                }
            }
            headers = cells.stream()
                    .map(h -> Text.clean(h).replace("*", "").strip())
                    .toList();
            ignored = List.copyOf(unknown);
            if (errorReportFile != null) {
                report = new ErrorReportWriter(t, headers, specsByPosition);
            }
        }

        /** Checks the window's keys against the register, then counts, reports and stores its rows in file order. */
        private void flush() {
            if (window.isEmpty()) {
                return;
            }
            checkExistingKeys();
            checkWindow();
            List<T> batch = new ArrayList<>(window.size());
            for (Pending<T> pending : window) {
                ImportRow row = pending.row();
                if (row.hasProblems() || pending.value() == null) {
                    invalid++;
                    record(row);
                    storing = storing && context.mode() == ImportMode.VALID_ONLY;
                } else {
                    valid++;
                    batch.add(pending.value());
                    for (Problem note : row.notes()) {
                        noteCount++;
                        if (shownNotes.size() < settings.problemsShown()) {
                            shownNotes.add(new RowProblem(row.number(), "", t.problem(note)));
                        }
                    }
                }
            }
            window.clear();
            if (storing && !batch.isEmpty()) {
                target.store(batch, context);
            }
        }

        private void checkExistingKeys() {
            if (keyColumn == null) {
                return;
            }
            Set<String> keys = new HashSet<>();
            for (Pending<T> pending : window) {
                if (pending.key() != null && !pending.row().hasProblems()) {
                    keys.add(pending.key());
                }
            }
            if (keys.isEmpty()) {
                return;
            }
            Set<String> existing = target.existingKeys(keys, context);
            if (existing.isEmpty()) {
                return;
            }
            for (Pending<T> pending : window) {
                if (pending.key() != null
                        && existing.contains(pending.key())
                        && !pending.row().hasProblems()) {
                    pending.row().problem(keyColumn, "transfer.problem.exists", pending.key());
                }
            }
        }

        /** The target's checks of the window's valid rows together (e.g. 撞单, one look-up per window). */
        private void checkWindow() {
            List<CheckedRow<T>> rows = new ArrayList<>(window.size());
            for (Pending<T> pending : window) {
                if (!pending.row().hasProblems() && pending.value() != null) {
                    rows.add(new CheckedRow<>(pending.row(), pending.value()));
                }
            }
            if (!rows.isEmpty()) {
                target.checkWindow(rows, context);
            }
        }

        private void record(ImportRow row) {
            List<String> messages = new ArrayList<>(row.problems().size());
            for (ImportRow.CellProblem problem : row.problems()) {
                String column = columnLabel(problem.column());
                String message = t.problem(problem.problem());
                messages.add(column.isEmpty() ? message : t.get("transfer.report.problemAt", column, message));
                problemCount++;
                if (shownProblems.size() < settings.problemsShown()) {
                    shownProblems.add(new RowProblem(row.number(), column, message));
                }
            }
            if (report != null) {
                report.add(row.number(), row.cells(), String.join(separator(), messages));
            }
        }

        private String columnLabel(@Nullable ColumnSpec column) {
            if (column == null) {
                return "";
            }
            Integer position = positions == null ? null : positions.get(column);
            if (position != null
                    && position < headers.size()
                    && !headers.get(position).isEmpty()) {
                return headers.get(position);
            }
            return column.header(t.locale());
        }

        private String separator() {
            return t.get("transfer.report.separator");
        }

        private void reportProgress(boolean force) {
            long now = System.nanoTime();
            if (force || now - lastProgress > PROGRESS_INTERVAL_NANOS) {
                lastProgress = now;
                progress.accept(new ImportProgress(
                        phase, total, sheet == null ? 0 : sheet.progress().getAsDouble()));
            }
        }
    }

    private record Pending<T>(
            ImportRow row, @Nullable T value, @Nullable String key) {}
}

package com.chainleads.transfer.xlsx;

import com.chainleads.transfer.cell.CellParsers;
import com.chainleads.transfer.cell.Parsed;
import com.chainleads.transfer.cell.Translator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The rows that could not be imported, as an .xlsx to fix and upload again: first the original row number and
 * the problems of the row, then the row's cells under its original headers. Numbers and dates that read well
 * are written as numbers and dates again, everything else as the text that was uploaded (formula-like text
 * neutralised). The import ignores the two added columns, so the fixed file can be uploaded as it is.
 * Written in bounded memory (SXSSF).
 */
public final class ErrorReportWriter implements AutoCloseable {

    private static final int PROBLEMS_WIDTH = 50;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(XlsxExport.ROW_WINDOW);
    private final XlsxStyles styles = new XlsxStyles(workbook);
    private final SXSSFSheet sheet;
    private final List<@Nullable ColumnSpec> specs;
    private int nextRow = 1;

    /**
     * @param headers the header cells of the uploaded sheet, in their columns
     * @param specs   for each of those columns the column it was recognised as, or {@code null}
     */
    public ErrorReportWriter(Translator t, List<String> headers, List<@Nullable ColumnSpec> specs) {
        this.specs = new ArrayList<>(specs);
        this.sheet = workbook.createSheet(XlsxStyles.sheetName(t.get("transfer.report.sheet")));
        Row header = sheet.createRow(0);
        styles.text(header.createCell(0), t.get("transfer.report.rowNumber"), styles.header());
        styles.text(header.createCell(1), t.get("transfer.report.problems"), styles.requiredHeader());
        XlsxStyles.width(sheet, 0, 8);
        XlsxStyles.width(sheet, 1, PROBLEMS_WIDTH);
        for (int c = 0; c < headers.size(); c++) {
            ColumnSpec spec = c < specs.size() ? specs.get(c) : null;
            CellStyle style = spec != null && spec.required() ? styles.requiredHeader() : styles.header();
            styles.text(header.createCell(c + 2), headers.get(c), style);
            XlsxStyles.width(
                    sheet,
                    c + 2,
                    spec == null ? 15 : Math.max(spec.width(), headers.get(c).length() * 2 + 2));
        }
        sheet.createFreezePane(2, 1);
        XlsxStyles.printFitToWidth(sheet);
    }

    /** The two header texts this writer adds, in both languages, so that a re-upload can skip them. */
    public static List<String> addedHeaderKeys() {
        return List.of("transfer.report.rowNumber", "transfer.report.problems");
    }

    public void add(int rowNumber, List<String> cells, String problems) {
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue(rowNumber);
        styles.text(row.createCell(1), problems, styles.problem());
        row.setHeightInPoints(
                Math.max(sheet.getDefaultRowHeightInPoints(), XlsxStyles.wrappedHeight(problems, PROBLEMS_WIDTH)));
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (!value.isEmpty()) {
                write(row.createCell(c + 2), value, c < specs.size() ? specs.get(c) : null);
            }
        }
    }

    private void write(Cell cell, String value, @Nullable ColumnSpec spec) {
        ColumnSpec.Kind kind = spec == null ? ColumnSpec.Kind.TEXT : spec.kind();
        if (kind == ColumnSpec.Kind.DECIMAL || kind == ColumnSpec.Kind.INTEGER) {
            Parsed<BigDecimal> number = CellParsers.decimal(value);
            if (number.isPresent() && isPlainNumber(value)) {
                cell.setCellValue(number.value().doubleValue());
                cell.setCellStyle(kind == ColumnSpec.Kind.INTEGER ? styles.plain() : styles.decimal("0.00########"));
                return;
            }
        } else if (kind == ColumnSpec.Kind.DATE && value.length() == 10) {
            Parsed<LocalDate> date = CellParsers.date(value);
            if (date.isPresent() && value.equals(date.value().toString())) {
                cell.setCellValue(date.value());
                cell.setCellStyle(styles.date());
                return;
            }
        }
        styles.text(cell, value, kind == ColumnSpec.Kind.CODE ? styles.textFormat() : styles.plain());
    }

    private static boolean isPlainNumber(String value) {
        return value.matches("-?\\d{1,15}(\\.\\d{1,10})?");
    }

    /** Rows written so far. */
    public int rows() {
        return nextRow - 1;
    }

    public void writeTo(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            // POI closes the sheet's stream before it disposes the sheet, and disposing flushes rows still held:
            // a report never written (a check without invalid rows) logged "Failed to dispose sheet: Stream closed"
            sheet.flushRows();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

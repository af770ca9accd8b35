package com.chainleads.transfer.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows to an .xlsx in bounded memory (SXSSF keeps a small window of rows; the rest goes to a temporary
 * file). The first row describes what was exported (e.g. the filter), the second holds the headers (frozen,
 * with an autofilter); numbers are numbers ({@code #,##0.00} for 万元), dates are dates, widths are set, and
 * formula-like texts are neutralised (see {@link XlsxStyles}).
 *
 * <pre>{@code
 * XlsxExport.<LeadRow>sheet("线索")
 *         .title("招商线索 · 产业领域：电子信息 · 导出于 2026-03-02 10:30")
 *         .text("线索编号", 14, LeadRow::number)
 *         .wan("总投资（万元）", 14, LeadRow::totalInvestment)
 *         .date("首报日期", 12, LeadRow::reportedOn)
 *         .write(rows, outputStream);
 * }</pre>
 */
public final class XlsxExport<T> {

    /** Rows kept in memory while writing; older rows are flushed to the temporary file. */
    static final int ROW_WINDOW = 200;

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private enum Type {
        TEXT,
        WAN,
        DECIMAL,
        INTEGER,
        DATE,
        DATE_TIME
    }

    private record Column<T>(
            String header,
            int width,
            Type type,
            @Nullable String format,
            Function<T, ? extends @Nullable Object> value) {}

    private final String sheetName;
    private @Nullable String title;
    private final List<Column<T>> columns = new ArrayList<>();

    private XlsxExport(String sheetName) {
        this.sheetName = XlsxStyles.sheetName(sheetName);
    }

    public static <T> XlsxExport<T> sheet(String name) {
        return new XlsxExport<>(name);
    }

    /** The first row: what the file holds, e.g. the filter it was exported with. */
    public XlsxExport<T> title(@Nullable String text) {
        this.title = text == null || text.isBlank() ? null : text;
        return this;
    }

    public XlsxExport<T> text(String header, int width, Function<T, @Nullable String> value) {
        return add(header, width, Type.TEXT, null, value);
    }

    /** An amount in 万元: a number cell with two decimals ({@code #,##0.00}). */
    public XlsxExport<T> wan(String header, int width, Function<T, @Nullable BigDecimal> value) {
        return add(header, width, Type.WAN, null, value);
    }

    /** A number with an Excel number format such as {@code 0.0}. */
    public XlsxExport<T> decimal(String header, int width, String format, Function<T, @Nullable Number> value) {
        return add(header, width, Type.DECIMAL, format, value);
    }

    public XlsxExport<T> integer(String header, int width, Function<T, @Nullable Number> value) {
        return add(header, width, Type.INTEGER, null, value);
    }

    public XlsxExport<T> date(String header, int width, Function<T, @Nullable LocalDate> value) {
        return add(header, width, Type.DATE, null, value);
    }

    /** A point in time, shown in the district's time zone. */
    public XlsxExport<T> dateTime(String header, int width, Function<T, @Nullable Instant> value) {
        return add(header, width, Type.DATE_TIME, null, value);
    }

    private XlsxExport<T> add(
            String header,
            int width,
            Type type,
            @Nullable String format,
            Function<T, ? extends @Nullable Object> value) {
        columns.add(new Column<>(header, width, type, format, value));
        return this;
    }

    public long write(Stream<T> rows, OutputStream out) {
        return write(rows.iterator(), out);
    }

    /** Writes all rows and returns how many; rows beyond Excel's sheet size are refused. */
    public long write(Iterator<T> rows, OutputStream out) {
        if (columns.isEmpty()) {
            throw new IllegalStateException("No columns");
        }
        try (SXSSFWorkbook workbook = new FastZipWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            int rowIndex = 0;
            if (title != null) {
                Row titleRow = sheet.createRow(rowIndex++);
                titleRow.setHeightInPoints(Math.max(20, 15 * (1 + title.length() / 120f)));
                styles.text(titleRow.createCell(0), title, styles.title());
                if (columns.size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
                }
            }
            int headerRow = rowIndex++;
            Row header = sheet.createRow(headerRow);
            CellStyle[] cellStyles = new CellStyle[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                styles.text(header.createCell(c), column.header(), styles.header());
                XlsxStyles.width(sheet, c, column.width());
                cellStyles[c] = styleOf(column, styles);
            }
            sheet.createFreezePane(0, headerRow + 1);
            XlsxStyles.printFitToWidth(sheet);
            long count = 0;
            int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
            while (rows.hasNext()) {
                if (rowIndex >= maxRows) {
                    throw new IllegalStateException("More rows than an Excel sheet holds");
                }
                T item = rows.next();
                Row row = sheet.createRow(rowIndex++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(item);
                    if (value != null) {
                        write(row.createCell(c), columns.get(c).type(), value, cellStyles[c], styles);
                    }
                }
                count++;
            }
            sheet.setAutoFilter(
                    new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex - 1), 0, columns.size() - 1));
            workbook.write(out);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Zips the sheet with the fastest deflate level: the XML of a large export is ten times the file, and the
     * default level spends seconds on it for a file a fifth smaller.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        FastZipWorkbook() {
            super(ROW_WINDOW);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    private static CellStyle styleOf(Column<?> column, XlsxStyles styles) {
        return switch (column.type()) {
            case TEXT -> styles.plain();
            case WAN -> styles.wan();
            case DECIMAL -> styles.decimal(column.format() == null ? "0.00" : column.format());
            case INTEGER -> styles.integer();
            case DATE -> styles.date();
            case DATE_TIME -> styles.dateTime();
        };
    }

    private static void write(Cell cell, Type type, Object value, CellStyle style, XlsxStyles styles) {
        switch (type) {
            case TEXT -> styles.text(cell, value.toString(), style);
            case WAN, DECIMAL, INTEGER -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(style);
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(style);
            }
            case DATE_TIME -> {
                cell.setCellValue(((Instant) value).atZone(ZONE).toLocalDateTime());
                cell.setCellStyle(style);
            }
        }
    }
}

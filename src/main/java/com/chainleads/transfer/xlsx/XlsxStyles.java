package com.chainleads.transfer.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the files we write (exports, templates, error reports), created once per workbook, and
 * the one way we write text into a cell: {@link #text}, which neutralises formula-like text.
 * <p>
 * Formula neutralisation: a text that starts with {@code = + - @}, a tab or a carriage return is written as a
 * <em>string</em> cell with the {@code quotePrefix} style — Excel's own "this is text" marker (what typing a
 * leading apostrophe does). Nothing is ever a formula cell, the value stays exactly what the user typed (so an
 * exported or reported file imports again unchanged) and editing the cell in Excel does not turn it into a
 * formula. Prefixing an apostrophe character instead would change the data.
 */
public final class XlsxStyles {

    /** Excel's longest cell text. */
    public static final int MAX_TEXT = 32_767;

    public static final String WAN_FORMAT = "#,##0.00";
    public static final String INTEGER_FORMAT = "#,##0";
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    public XlsxStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Whether Excel or another program could take this text for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Writes text as a string cell, never a formula; see the class comment. */
    public void text(Cell cell, String text, CellStyle style) {
        String value = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? quoted(style) : style);
    }

    public void text(Cell cell, String text) {
        text(cell, text, plain());
    }

    private CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, base -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(base);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    public CellStyle plain() {
        return styles.computeIfAbsent("plain", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /** Text format ("@"): what is typed stays text (codes with leading zeros, dates written as text). */
    public CellStyle textFormat() {
        return styles.computeIfAbsent("textFormat", k -> withFormat("@"));
    }

    public CellStyle wrapped() {
        return styles.computeIfAbsent("wrapped", k -> {
            CellStyle style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    public CellStyle wan() {
        return styles.computeIfAbsent("wan", k -> withFormat(WAN_FORMAT));
    }

    public CellStyle integer() {
        return styles.computeIfAbsent("integer", k -> withFormat(INTEGER_FORMAT));
    }

    public CellStyle decimal(String format) {
        return styles.computeIfAbsent("decimal:" + format, k -> withFormat(format));
    }

    public CellStyle date() {
        return styles.computeIfAbsent("date", k -> withFormat(DATE_FORMAT));
    }

    public CellStyle dateTime() {
        return styles.computeIfAbsent("dateTime", k -> withFormat(DATE_TIME_FORMAT));
    }

    public CellStyle title() {
        return styles.computeIfAbsent("title", k -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 12);
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            return style;
        });
    }

    public CellStyle header() {
        return styles.computeIfAbsent("header", k -> header(IndexedColors.BLACK));
    }

    /** Header of a required column (dark red, as the template's instructions explain). */
    public CellStyle requiredHeader() {
        return styles.computeIfAbsent("requiredHeader", k -> header(IndexedColors.DARK_RED));
    }

    /** The added error column of an error report. */
    public CellStyle problem() {
        return styles.computeIfAbsent("problem", k -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setColor(IndexedColors.DARK_RED.getIndex());
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    private CellStyle header(IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(color.getIndex());
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private CellStyle withFormat(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** Sets a column width in characters (Excel counts 1/256 of a character). */
    public static void width(org.apache.poi.ss.usermodel.Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, Math.max(4, Math.min(characters, 255)) * 256);
    }

    /** Prints landscape, all columns on one page width (long rows continue on further pages). */
    public static void printFitToWidth(org.apache.poi.ss.usermodel.Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /**
     * A row height that shows wrapped text of about {@code characters} display characters (CJK count double)
     * in a column {@code width} characters wide; Excel does not grow rows written by a stream by itself.
     */
    public static float wrappedHeight(String text, int width) {
        int units = 0;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
                units = 0;
                continue;
            }
            units += c >= 0x2E80 ? 2 : 1;
            if (units > width) {
                lines++;
                units = c >= 0x2E80 ? 2 : 1;
            }
        }
        return 15f * Math.min(lines, 10) + 2;
    }

    /** A valid sheet name: at most 31 characters, none of {@code []:*?/\}. */
    public static String sheetName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (safe.startsWith("'")) {
            safe = "_" + safe.substring(1);
        }
        safe = safe.length() > 31 ? safe.substring(0, 31) : safe;
        return safe.isEmpty() ? "Sheet1" : safe;
    }
}

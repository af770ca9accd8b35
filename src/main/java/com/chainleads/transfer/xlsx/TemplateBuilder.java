package com.chainleads.transfer.xlsx;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Translator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an import template: a data sheet with the column headers in the user's language (required ones
 * marked {@code *} and dark red, each with its help as a cell comment), cell formats by kind (codes as text,
 * dates as dates), dropdowns for choices and yes/no columns, an instructions sheet, and — for dropdowns whose
 * values do not fit Excel's 255-character inline list — a hidden sheet of values referenced by a named range.
 * Built with SXSSF like every file we write.
 */
public final class TemplateBuilder {

    /** Excel's limit for an inline list validation (the values joined by commas). */
    static final int INLINE_LIST_LIMIT = 255;
    /** Rows below the header that get dropdowns and formats. */
    static final int PREPARED_ROWS = 100_000;

    public static final String LISTS_SHEET = "_lists";

    private final Translator t;
    private final String sheetName;
    private final List<ColumnSpec> columns;
    private final List<String> instructions = new ArrayList<>();

    public TemplateBuilder(Translator translator, String sheetName, List<ColumnSpec> columns) {
        this.t = translator;
        this.sheetName = XlsxStyles.sheetName(sheetName);
        this.columns = List.copyOf(columns);
    }

    /** Adds lines to the top of the instructions sheet. */
    public TemplateBuilder instructions(List<String> lines) {
        instructions.addAll(lines);
        return this;
    }

    public void write(OutputStream out) {
        Locale locale = t.locale();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            XlsxStyles styles = new XlsxStyles(workbook);
            SXSSFSheet data = workbook.createSheet(sheetName);
            SXSSFSheet help = workbook.createSheet(XlsxStyles.sheetName(t.get("transfer.template.instructionsSheet")));
            List<List<String>> hiddenLists = new ArrayList<>();
            boolean needsLists = columns.stream()
                    .map(column -> dropdownValues(column, locale))
                    .anyMatch(values -> !values.isEmpty() && !fitsInline(values));
            // created before the named ranges that point into it
            SXSSFSheet lists = needsLists ? workbook.createSheet(LISTS_SHEET) : null;

            Row header = data.createRow(0);
            header.setHeightInPoints(22);
            Drawing<?> drawing = data.createDrawingPatriarch();
            DataValidationHelper validations = data.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                ColumnSpec column = columns.get(c);
                Cell cell = header.createCell(c);
                styles.text(
                        cell,
                        column.header(locale) + (column.required() ? "*" : ""),
                        column.required() ? styles.requiredHeader() : styles.header());
                XlsxStyles.width(
                        data, c, Math.max(column.width(), column.header(locale).length() * 2 + 2));
                switch (column.kind()) {
                    case CODE, TEXT, CHOICE, BOOLEAN -> data.setDefaultColumnStyle(c, styles.textFormat());
                    case DATE -> data.setDefaultColumnStyle(c, styles.date());
                    case DECIMAL ->
                        data.setDefaultColumnStyle(c, styles.decimal(column.scale() == 2 ? "0.00" : "0.########"));
                    case INTEGER -> data.setDefaultColumnStyle(c, styles.decimal("0"));
                }
                String helpText = column.help(locale);
                if (!helpText.isBlank()) {
                    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                    anchor.setCol1(c);
                    anchor.setCol2(c + 3);
                    anchor.setRow1(0);
                    anchor.setRow2(4);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(workbook.getCreationHelper().createRichTextString(helpText));
                    cell.setCellComment(comment);
                }
                List<String> values = dropdownValues(column, locale);
                if (values.isEmpty()) {
                    continue;
                }
                DataValidationConstraint constraint;
                if (fitsInline(values)) {
                    constraint = validations.createExplicitListConstraint(values.toArray(String[]::new));
                } else {
                    // too long for an inline list: the values go to a hidden sheet, referenced by a named range
                    String name = listName(column);
                    String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(hiddenLists.size());
                    Name range = workbook.createName();
                    range.setNameName(name);
                    range.setRefersToFormula(
                            "'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$" + values.size());
                    constraint = validations.createFormulaListConstraint(name);
                    hiddenLists.add(values);
                }
                int lastRow = Math.min(PREPARED_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
                DataValidation validation =
                        validations.createValidation(constraint, new CellRangeAddressList(1, lastRow, c, c));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                validation.createErrorBox(
                        t.get("transfer.template.dropdownErrorTitle"), t.get("transfer.template.dropdownError"));
                validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
                data.addValidationData(validation);
            }
            data.createFreezePane(0, 1);
            XlsxStyles.printFitToWidth(data);
            writeInstructions(help, styles, locale);
            XlsxStyles.printFitToWidth(help);
            if (lists != null) {
                writeLists(workbook, lists, styles, hiddenLists);
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hidden sheet of long dropdown lists, one list per column, written row by row as SXSSF needs. */
    private static void writeLists(
            SXSSFWorkbook workbook, SXSSFSheet lists, XlsxStyles styles, List<List<String>> hiddenLists) {
        int longest = hiddenLists.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < longest; r++) {
            Row row = lists.createRow(r);
            for (int c = 0; c < hiddenLists.size(); c++) {
                List<String> values = hiddenLists.get(c);
                if (r < values.size()) {
                    styles.text(row.createCell(c), values.get(r));
                }
            }
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
    }

    private void writeInstructions(SXSSFSheet help, XlsxStyles styles, Locale locale) {
        int r = 0;
        Row title = help.createRow(r++);
        title.setHeightInPoints(24);
        styles.text(title.createCell(0), t.get("transfer.template.instructionsTitle", sheetName), styles.title());
        for (String line : instructions) {
            styles.text(help.createRow(r++).createCell(0), line, styles.plain());
        }
        r++;
        Row header = help.createRow(r++);
        String[] headings = {
            t.get("transfer.template.col.column"),
            t.get("transfer.template.col.required"),
            t.get("transfer.template.col.format"),
            t.get("transfer.template.col.help"),
            t.get("transfer.template.col.values")
        };
        for (int c = 0; c < headings.length; c++) {
            styles.text(header.createCell(c), headings[c], styles.header());
        }
        int[] widths = {24, 8, 26, 50, 60};
        for (int c = 0; c < widths.length; c++) {
            XlsxStyles.width(help, c, widths[c]);
        }
        for (ColumnSpec column : columns) {
            Row row = help.createRow(r++);
            styles.text(
                    row.createCell(0),
                    column.header(locale),
                    column.required() ? styles.requiredHeader() : styles.plain());
            styles.text(row.createCell(1), t.get(column.required() ? "transfer.template.yes" : "transfer.template.no"));
            styles.text(row.createCell(2), format(column), styles.wrapped());
            styles.text(row.createCell(3), column.help(locale), styles.wrapped());
            List<String> values = dropdownValues(column, locale);
            if (!values.isEmpty()) {
                String joined = String.join(AppLocales.isEnglish(locale) ? ", " : "、", values);
                styles.text(row.createCell(4), joined, styles.wrapped());
            }
        }
    }

    private String format(ColumnSpec column) {
        return switch (column.kind()) {
            case TEXT ->
                column.maxLength() > 0
                        ? t.get("transfer.template.kind.textMax", column.maxLength())
                        : t.get("transfer.template.kind.text");
            case CODE -> t.get("transfer.template.kind.code");
            case DECIMAL -> t.get("transfer.template.kind.decimal", column.scale());
            case INTEGER -> t.get("transfer.template.kind.integer");
            case DATE -> t.get("transfer.template.kind.date");
            case BOOLEAN -> t.get("transfer.template.kind.bool");
            case CHOICE -> t.get("transfer.template.kind.choice");
        };
    }

    private List<String> dropdownValues(ColumnSpec column, Locale locale) {
        if (column.kind() == ColumnSpec.Kind.BOOLEAN) {
            return List.of(t.get("transfer.template.yes"), t.get("transfer.template.no"));
        }
        Choices<?> choices = column.choices();
        return choices == null ? List.of() : choices.labels(locale);
    }

    /** Whether the values can be an inline list: joined by commas within 255 characters, none with a comma or quote. */
    static boolean fitsInline(List<String> values) {
        int length = values.stream().mapToInt(String::length).sum() + Math.max(0, values.size() - 1);
        return length <= INLINE_LIST_LIMIT && values.stream().noneMatch(v -> v.contains(",") || v.contains("\""));
    }

    static String listName(ColumnSpec column) {
        return "list_" + column.id().replaceAll("[^A-Za-z0-9_]", "_");
    }
}

package com.chainleads.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks: written with POI's user model (fine for small test files), read back, or tampered with. */
public final class Workbooks {

    /** A formula cell in {@link #write}. */
    public record Formula(String formula) {}

    private Workbooks() {}

    /** Writes rows of cell values: String, Number, LocalDate (a date-formatted cell), Boolean, Formula or null. */
    public static Path write(Path file, List<List<Object>> rows) {
        return write(file, "Sheet1", rows);
    }

    public static Path write(Path file, String sheetName, List<List<Object>> rows) {
        try (Workbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            fill(workbook, workbook.createSheet(sheetName), rows);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof String text) {
                    cell.setCellValue(text);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Boolean flag) {
                    cell.setCellValue(flag);
                } else if (value instanceof Formula formula) {
                    cell.setCellFormula(formula.formula());
                } else {
                    throw new IllegalArgumentException("Unsupported " + value.getClass());
                }
            }
        }
    }

    public static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** Every sheet's cells as Excel shows them (formatted), row by row; blank rows are empty lists. */
    public static List<List<String>> read(Path file, int sheetIndex) {
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return read(workbook.getSheetAt(sheetIndex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<List<String>> read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Copies an .xlsx, replacing the named entry's content. */
    public static Path replaceEntry(Path source, Path target, String entryName, UnaryOperator<String> content) {
        return rewrite(source, target, entryName, (name, bytes, out) -> {
            String text = content.apply(new String(bytes, StandardCharsets.UTF_8));
            out.write(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Writes each entry of the source; for {@code entryName} the writer decides what is written. */
    public static Path rewrite(Path source, Path target, String entryName, EntryWriter writer) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    writer.write(entry.getName(), bytes, out);
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Writes a replaced zip entry. */
    @FunctionalInterface
    public interface EntryWriter {
        void write(String name, byte[] original, OutputStream out) throws IOException;
    }

    /** A minimal valid Word document (.docx) — a ZIP with OOXML content types, but not a spreadsheet. */
    public static Path docx(Path file) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            put(out, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            put(out, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            put(out, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>招商线索</w:t></w:r></w:p></w:body></w:document>""");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A real (tiny) PNG image. */
    public static Path png(Path file) {
        try {
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            Files.write(file, bytes.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip bomb in .xlsx clothing: a valid workbook whose sheet XML is padded with tens of megabytes of
     * whitespace, which deflates more than a hundredfold.
     */
    public static Path zipBomb(Path valid, Path target) {
        return rewrite(valid, target, "xl/worksheets/sheet1.xml", (name, original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
            out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
        });
    }

    private static void put(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}

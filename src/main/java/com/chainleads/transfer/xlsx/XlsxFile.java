package com.chainleads.transfer.xlsx;

import com.chainleads.transfer.cell.Problem;
import com.chainleads.transfer.cell.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded workbook, checked by its content and read row by row in bounded memory.
 * <p>
 * {@link #open} accepts only a ZIP whose {@code [Content_Types].xml} declares a SpreadsheetML workbook (an
 * .xlsx or .xltx), whatever the file is called: an old .xls, an encrypted workbook, a PNG or a Word document
 * renamed .xlsx are refused with a translatable reason. {@link #readFirstSheet} streams the first visible
 * sheet through POI's SAX event model ({@link XSSFReader} + {@link XSSFSheetXMLHandler}); the workbook is
 * never built in memory. POI's zip-bomb guard ({@code ZipSecureFile}'s minimum inflate ratio) stays on, and
 * POI's XML parsers refuse DOCTYPE declarations, so external entities are never resolved.
 */
public final class XlsxFile implements AutoCloseable {

    /** Cells beyond this column are ignored (guards against crafted far-right cells). */
    public static final int MAX_COLUMNS = 256;

    static final String SPREADSHEET_MAIN = XSSFRelation.WORKBOOK.getContentType();
    static final String SPREADSHEET_TEMPLATE_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private final OPCPackage pkg;

    private XlsxFile(OPCPackage pkg) {
        this.pkg = pkg;
    }

    /** Receives the rows of a sheet. */
    public interface RowHandler {

        /** Called once before the first row. */
        default void start(SheetInfo sheet) {}

        /**
         * One row that has at least one non-blank cell: its Excel row number (1-based) and its cell texts by
         * column (blank cells are {@code ""}). The list is reused for the next row: copy what you keep.
         */
        void row(int rowNumber, List<String> cells);
    }

    /** The sheet being read, and how far reading has got (0–1, by the bytes of the sheet's XML). */
    public record SheetInfo(String name, DoubleSupplier progress) {}

    /** Checks the file's content and opens it read-only. */
    public static XlsxFile open(Path file) {
        checkSignature(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | UnsupportedFileFormatException | InvalidOperationException e) {
            throw reject(e, "transfer.file.notXlsx");
        } catch (RuntimeException e) {
            throw reject(e, "transfer.file.damaged");
        }
        try {
            boolean spreadsheet = !pkg.getPartsByContentType(SPREADSHEET_MAIN).isEmpty()
                    || !pkg.getPartsByContentType(SPREADSHEET_TEMPLATE_MAIN).isEmpty();
            if (!spreadsheet) {
                throw XlsxRejectedException.of("transfer.file.notSpreadsheet");
            }
            return new XlsxFile(pkg);
        } catch (RuntimeException e) {
            pkg.revert();
            throw e instanceof XlsxRejectedException rejected ? rejected : reject(e, "transfer.file.damaged");
        }
    }

    private static void checkSignature(Path file) {
        byte[] head = new byte[OLE2.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new XlsxRejectedException(Problem.of("transfer.file.unreadable"), e);
        }
        if (read == 0) {
            throw XlsxRejectedException.of("transfer.file.empty");
        }
        if (read == OLE2.length && Arrays.equals(head, OLE2)) {
            throw XlsxRejectedException.of("transfer.file.oldOrEncrypted");
        }
        if (read < ZIP.length || !Arrays.equals(Arrays.copyOf(head, ZIP.length), ZIP)) {
            throw XlsxRejectedException.of("transfer.file.notXlsx");
        }
    }

    /**
     * Streams the first visible sheet. Exceptions thrown by the handler pass through unchanged; problems of
     * the file become {@link XlsxRejectedException}s.
     */
    public void readFirstSheet(RowHandler handler) {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookFacts facts = WorkbookFacts.read(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (facts.firstVisibleSheet != null && !facts.firstVisibleSheet.equals(name)) {
                        continue;
                    }
                    parseSheet(sheet, sheets.getSheetPart(), name, strings, styles, facts.date1904, handler);
                    return;
                }
            }
            throw XlsxRejectedException.of("transfer.file.noSheet");
        } catch (XlsxRejectedException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException e) {
            throw unwrap(e);
        }
    }

    private static void parseSheet(
            InputStream sheet,
            PackagePart part,
            String name,
            ReadOnlySharedStringsTable strings,
            @Nullable StylesTable styles,
            boolean date1904,
            RowHandler handler)
            throws IOException, SAXException {
        CountingInputStream counted = new CountingInputStream(sheet);
        long size = part.getSize();
        handler.start(new SheetInfo(name, () -> size > 0 ? Math.min(1.0, counted.count() / (double) size) : 0));
        RowCollector collector = new RowCollector(handler);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        parser.setContentHandler(
                new XSSFSheetXMLHandler(styles, strings, collector, new RawValueFormatter(date1904), false));
        parser.parse(new InputSource(counted));
    }

    private static RuntimeException unwrap(Exception error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof XlsxRejectedException rejected) {
                return rejected;
            }
            if (t instanceof SAXException sax
                    && sax.getException() instanceof RuntimeException runtime
                    && !(runtime instanceof POIXMLException)) {
                return runtime;
            }
        }
        return reject(error, "transfer.file.damaged");
    }

    /** A rejection naming the zip-bomb guard when that is what refused the file. */
    static XlsxRejectedException reject(Throwable error, String key) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Zip bomb detected")) {
                return new XlsxRejectedException(Problem.of("transfer.file.zipBomb"), error);
            }
            if (message != null && message.contains("MAX_FILE_COUNT")) {
                return new XlsxRejectedException(Problem.of("transfer.file.zipBomb"), error);
            }
        }
        return new XlsxRejectedException(Problem.of(key), error);
    }

    @Override
    public void close() {
        pkg.revert(); // read-only: close without writing anything back
    }

    /** Collects the cells of one row and hands on the rows that are not blank. */
    private static final class RowCollector implements SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private final List<String> view = Collections.unmodifiableList(cells);
        private int lastColumn = -1;
        private boolean hasValue;

        RowCollector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            lastColumn = -1;
            hasValue = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (hasValue) {
                handler.row(rowNum + 1, view);
            }
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
            int column = reference == null ? lastColumn + 1 : columnOf(reference);
            lastColumn = column;
            if (column < 0 || column >= MAX_COLUMNS || value == null) {
                return;
            }
            String text = value.startsWith("ERROR:") ? value.substring("ERROR:".length()) : value;
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, text);
            if (!hasValue && !Text.isBlank(text)) {
                hasValue = true;
            }
        }

        static int columnOf(String reference) {
            int column = 0;
            int i = 0;
            for (; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
                if (column > 20_000) {
                    return -1;
                }
            }
            return i == 0 ? -1 : column - 1;
        }
    }

    /** What the workbook part says: the 1904 date system, and the first sheet that is not hidden. */
    private static final class WorkbookFacts extends DefaultHandler {

        private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private boolean date1904;
        private @Nullable String firstVisibleSheet;

        static WorkbookFacts read(XSSFReader reader) throws IOException, SAXException, InvalidFormatException {
            WorkbookFacts facts = new WorkbookFacts();
            try (InputStream workbook = reader.getWorkbookData()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(facts);
                parser.parse(new InputSource(workbook));
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            return facts;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            if ("workbookPr".equals(localName)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if ("sheet".equals(localName) && firstVisibleSheet == null) {
                String state = attributes.getValue("state");
                if (state == null || "visible".equals(state)) {
                    firstVisibleSheet = attributes.getValue("name");
                }
            }
        }
    }

    /** Counts the bytes of the sheet's XML read so far, for progress. */
    private static final class CountingInputStream extends java.io.FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

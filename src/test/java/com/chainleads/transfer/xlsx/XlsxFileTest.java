package com.chainleads.transfer.xlsx;

import static com.chainleads.transfer.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.transfer.Workbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxFileTest {

    @TempDir
    Path dir;

    private record ReadRow(int number, List<String> cells) {}

    private static List<ReadRow> readAll(Path file) {
        List<ReadRow> rows = new ArrayList<>();
        try (XlsxFile xlsx = XlsxFile.open(file)) {
            xlsx.readFirstSheet((number, cells) -> rows.add(new ReadRow(number, List.copyOf(cells))));
        }
        return rows;
    }

    @Test
    void cellsComeAsTextThatTheParsersUnderstandWhateverTheirFormat() {
        Path file = Workbooks.write(
                dir.resolve("values.xlsx"),
                List.of(
                        row("文本", "数字", "日期", "布尔", "公式", "小数"),
                        row("武汉光谷", 1234567.5, LocalDate.of(2026, 3, 2), true, new Workbooks.Formula("1+2"), 0.1 + 0.2),
                        row(null, 123456789012345.0, "2026年3月2日", false, null, 46083)));

        List<ReadRow> rows = readAll(file);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).number()).isEqualTo(2);
        // the formula has no cached result in a POI-written file; Excel-saved files carry one
        assertThat(rows.get(1).cells()).containsExactly("武汉光谷", "1234567.5", "2026-03-02", "TRUE", "", "0.3");
        assertThat(rows.get(2).cells()).containsExactly("", "123456789012345", "2026年3月2日", "FALSE", "", "46083");
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersAreExcelRowNumbers() {
        Path file = Workbooks.write(dir.resolve("gaps.xlsx"), List.of(row("a"), row(), row("   "), row(null, "b")));
        List<ReadRow> rows = readAll(file);
        assertThat(rows).extracting(ReadRow::number).containsExactly(1, 4);
        assertThat(rows.get(1).cells()).containsExactly("", "b");
    }

    @Test
    void theFirstVisibleSheetIsRead() throws IOException {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Workbooks.fill(workbook, workbook.createSheet("隐藏"), List.of(row("hidden")));
            Workbooks.fill(workbook, workbook.createSheet("数据"), List.of(row("visible")));
            workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
            workbook.setActiveSheet(1);
            workbook.write(out);
        }
        assertThat(readAll(file)).extracting(r -> r.cells().get(0)).containsExactly("visible");
    }

    @Test
    void aLargeGeneratedSheetStreamsRowByRowWithSharedStrings() throws IOException {
        Path file = dir.resolve("large.xlsx");
        int rows = 30_000;
        Random random = new Random(7);
        // shared strings, as Excel writes them
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("data");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("项目" + r);
                row.createCell(1).setCellValue(random.nextInt(1_000_000) / 100.0);
                row.createCell(5).setCellValue(r % 2 == 0 ? "是" : "否");
            }
            workbook.write(out);
        }
        int[] seen = {0};
        double[] lastProgress = {0};
        try (XlsxFile xlsx = XlsxFile.open(file)) {
            xlsx.readFirstSheet(new XlsxFile.RowHandler() {
                private XlsxFile.SheetInfo sheet;

                @Override
                public void start(XlsxFile.SheetInfo info) {
                    sheet = info;
                }

                @Override
                public void row(int number, List<String> cells) {
                    assertThat(cells.get(0)).isEqualTo("项目" + (number - 1));
                    assertThat(cells).hasSize(6);
                    assertThat(cells.get(5)).isEqualTo(number % 2 == 1 ? "是" : "否");
                    double progress = sheet.progress().getAsDouble();
                    assertThat(progress).isBetween(lastProgress[0], 1.0);
                    lastProgress[0] = progress;
                    seen[0]++;
                }
            });
        }
        assertThat(seen[0]).isEqualTo(rows);
        assertThat(lastProgress[0]).isGreaterThan(0.9);
    }

    @Test
    void aPngRenamedXlsxIsRefusedByItsContent() {
        Path png = Workbooks.png(dir.resolve("photo.xlsx"));
        assertRejected(png, "transfer.file.notXlsx");
    }

    @Test
    void aWordDocumentRenamedXlsxIsRefusedBecauseItIsNotASpreadsheet() {
        Path docx = Workbooks.docx(dir.resolve("report.xlsx"));
        assertRejected(docx, "transfer.file.notSpreadsheet");
    }

    @Test
    void anOldXlsOrEncryptedWorkbookIsRefusedWithAHint() throws IOException {
        Path xls = dir.resolve("old.xlsx");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("a").createRow(0).createCell(0).setCellValue("x");
            workbook.write(out);
        }
        assertRejected(xls, "transfer.file.oldOrEncrypted");
    }

    @Test
    void emptyTextAndTruncatedFilesAreRefused() throws IOException {
        assertRejected(Files.write(dir.resolve("empty.xlsx"), new byte[0]), "transfer.file.empty");
        assertRejected(Files.writeString(dir.resolve("text.xlsx"), "项目名称,投资主体\n"), "transfer.file.notXlsx");
        Path valid = Workbooks.write(dir.resolve("valid.xlsx"), List.of(row("a", "b")));
        byte[] bytes = Files.readAllBytes(valid);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> readAll(truncated)).isInstanceOf(XlsxRejectedException.class);
    }

    @Test
    void aZipBombIsRefusedByPoisGuardWhichStaysOn() {
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        Path valid = Workbooks.write(dir.resolve("valid.xlsx"), List.of(row("项目名称", "投资主体"), row("a", "b")));
        Path bomb = Workbooks.zipBomb(valid, dir.resolve("bomb.xlsx"));
        assertThat(bomb.toFile().length()).isLessThan(1_000_000);
        assertRejected(bomb, "transfer.file.zipBomb");
    }

    @Test
    void externalEntitiesAreNeverResolvedInTheSheet() throws IOException {
        assertXxeRefused("xl/worksheets/sheet1.xml");
    }

    @Test
    void externalEntitiesAreNeverResolvedInTheSharedStrings() throws IOException {
        assertXxeRefused("xl/sharedStrings.xml");
    }

    @Test
    void externalEntitiesAreNeverResolvedInTheContentTypes() throws IOException {
        assertXxeRefused("[Content_Types].xml");
    }

    private void assertXxeRefused(String entry) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-" + entry.hashCode());
        Path valid = Workbooks.write(dir.resolve("valid.xlsx"), List.of(row("项目名称", "投资主体"), row("placeholder", "b")));
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path evil = Workbooks.replaceEntry(valid, dir.resolve("xxe.xlsx"), entry, xml -> {
            String withDoctype = xml.replaceFirst("\\?>", "?>" + doctype);
            return withDoctype
                    .replace("placeholder", "&xxe;")
                    .replace("<Default Extension=\"xml\"", "<!-- &xxe; --><Default Extension=\"xml\"");
        });
        assertThat(new String(Files.readAllBytes(evil), StandardCharsets.ISO_8859_1))
                .doesNotContain("TOP-SECRET");
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> {
                    try (XlsxFile xlsx = XlsxFile.open(evil)) {
                        xlsx.readFirstSheet((number, cells) -> seen.addAll(cells));
                    }
                })
                .isInstanceOfSatisfying(XlsxRejectedException.class, rejected -> {
                    assertThat(rejected.problem().key()).isIn("transfer.file.damaged", "transfer.file.notXlsx");
                    assertThat(String.valueOf(rejected.getMessage())).doesNotContain("TOP-SECRET");
                    // refused because POI's parsers disallow DOCTYPE declarations altogether
                    assertThat(causes(rejected)).anyMatch(message -> message.contains("DOCTYPE"));
                });
        assertThat(seen).noneMatch(cell -> cell.contains("TOP-SECRET"));
    }

    private static List<String> causes(Throwable error) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }

    private static void assertRejected(Path file, String key) {
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOfSatisfying(
                        XlsxRejectedException.class,
                        rejected -> assertThat(rejected.problem().key()).isEqualTo(key));
    }
}

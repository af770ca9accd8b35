package com.chainleads.transfer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    record Lead(String name, BigDecimal total, LocalDate reported, Instant updated, Integer jobs, String note) {}

    private static XlsxExport<Lead> export() {
        return XlsxExport.<Lead>sheet("招商线索")
                .title("招商线索 · 产业领域：电子信息 · 阶段：在谈")
                .text("项目名称", 30, Lead::name)
                .wan("总投资（万元）", 16, Lead::total)
                .date("首报日期", 12, Lead::reported)
                .dateTime("更新时间", 18, Lead::updated)
                .integer("就业人数", 10, Lead::jobs)
                .text("备注", 40, Lead::note);
    }

    private static XSSFWorkbook write(Stream<Lead> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = export().write(rows, out);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertThat(count).isEqualTo(workbook.getSheetAt(0).getLastRowNum() - 1);
        return workbook;
    }

    @Test
    void titleRowHeaderRowTypedCellsAndWidths() throws IOException {
        Instant updated =
                LocalDateTime.of(2026, 3, 2, 10, 30).atZone(XlsxExport.ZONE).toInstant();
        try (XSSFWorkbook workbook = write(Stream.of(
                new Lead("光谷芯片封装测试基地", new BigDecimal("350000.50"), LocalDate.of(2026, 3, 2), updated, 800, null)))) {
            XSSFSheet sheet = workbook.getSheet("招商线索");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("招商线索 · 产业领域：电子信息 · 阶段：在谈");
            assertThat(sheet.getMergedRegions()).hasSize(1);
            assertThat(sheet.getMergedRegion(0).getLastColumn()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("总投资（万元）");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);

            Row row = sheet.getRow(2);
            Cell total = row.getCell(1);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(350000.50);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Cell reported = row.getCell(2);
            assertThat(DateUtil.isCellDateFormatted(reported)).isTrue();
            assertThat(reported.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 30));
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(800);
            assertThat(row.getCell(5)).as("null values leave the cell empty").isNull();

            assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(16 * 256);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:F3");
        }
    }

    @Test
    void formulaLikeTextsAreStringCellsMarkedAsTextAndKeepTheirValue() throws IOException {
        List<String> dangerous = List.of(
                "=1+1",
                "+86 27 8765 4321",
                "-5%",
                "@SUM(A1:A2)",
                "\t=cmd|' /C calc'!A0",
                "\r=HYPERLINK(\"http://x\")",
                "=HYPERLINK(\"http://evil.example\",\"点击\")");
        List<Lead> rows = dangerous.stream()
                .map(text -> new Lead(text, BigDecimal.ONE, null, null, null, "普通备注"))
                .toList();
        try (XSSFWorkbook workbook = write(rows.stream())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < dangerous.size(); i++) {
                Cell name = sheet.getRow(i + 2).getCell(0);
                assertThat(name.getCellType()).as(dangerous.get(i)).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(dangerous.get(i));
                assertThat(name.getCellStyle().getQuotePrefixed())
                        .as(dangerous.get(i))
                        .isTrue();
                Cell note = sheet.getRow(i + 2).getCell(5);
                assertThat(note.getCellStyle().getQuotePrefixed()).isFalse();
            }
            sheet.forEach(
                    row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void manyRowsStreamThroughASmallWindow() throws IOException {
        int count = 5_000;
        try (XSSFWorkbook workbook = write(IntStream.range(0, count)
                .mapToObj(i -> new Lead(
                        "项目" + i,
                        BigDecimal.valueOf(i),
                        LocalDate.of(2026, 1, 1).plusDays(i % 365),
                        null,
                        i,
                        null)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(count + 1);
            assertThat(sheet.getRow(count + 1).getCell(0).getStringCellValue()).isEqualTo("项目" + (count - 1));
        }
    }

    @Test
    void sheetNamesAreMadeValid() {
        assertThat(XlsxStyles.sheetName("线索/2026:上半年[草稿]?")).isEqualTo("线索_2026_上半年_草稿__");
        assertThat(XlsxStyles.sheetName("a".repeat(40))).hasSize(31);
        assertThat(XlsxStyles.sheetName("  ")).isEqualTo("Sheet1");
    }
}

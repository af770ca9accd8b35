package com.chainleads.transfer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.chainleads.transfer.DemoFiles;
import com.chainleads.transfer.Workbooks;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An officer downloads the template, uploads files, reads the preview, imports and downloads reports and exports. */
@BrowserTest
class ImportJourneyBrowserIT extends BrowserJourney {

    @TempDir
    Path dir;

    private void open() {
        login("officer1", "demo123");
        page.navigate(url("leads/import"));
        page.locator("#import-upload").waitFor();
    }

    private Path download(String buttonSelector, String name) {
        Download download = page.waitForDownload(
                () -> page.locator(buttonSelector + " vaadin-button").click());
        Path file = dir.resolve(name);
        download.saveAs(file);
        return file;
    }

    private void upload(Path file) {
        page.locator("#import-upload input[type=file]").setInputFiles(file);
    }

    @Test
    void anOfficerChecksAFileImportsTheValidRowsAndDownloadsTheErrorReport() throws Exception {
        open();
        Path template = download("#import-template", "template.xlsx");
        assertThat(Workbooks.read(template, 0).get(0)).startsWith("项目名称*", "投资主体*", "统一社会信用代码", "投资方类型");

        upload(DemoFiles.mixed(dir.resolve("项目清单.xlsx")));
        Locator summary = page.locator(".cl-import-summary");
        assertThat(summary).hasText("项目清单.xlsx：共 3 行数据，2 行有效，1 行有问题（共 2 个问题）。");
        Locator problems = page.locator("#import-problems");
        assertThat(problems).containsText("统一社会信用代码校验位不正确，请核对");
        assertThat(problems).containsText("“航空航天”不是可选值");
        assertThat(page.locator("#import-confirm")).isDisabled();
        screenshot("import-preview");

        page.locator("#import-mode vaadin-radio-button").nth(1).click();
        assertThat(page.locator("#import-confirm")).isEnabled();
        assertThat(page.locator("#import-confirm")).hasText("确认导入 2 条有效行");
        page.locator("#import-confirm").click();
        assertThat(page.locator(".cl-import-result[data-status=imported]"))
                .containsText("已从 项目清单.xlsx 导入 2 行；另有 1 行有问题未导入");
        screenshot("import-result");

        Path report = download("#import-result-report", "report.xlsx");
        List<List<String>> rows = Workbooks.read(report, 0);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("原行号", "错误说明", "项目名称");
        assertThat(rows.get(1).get(0)).isEqualTo("4");
        assertThat(rows.get(1).get(1)).startsWith("统一社会信用代码：统一社会信用代码校验位不正确");

        // the imported rows come back in the lead list's export, formula-like text neutralised
        page.navigate(
                url("leads?q=" + java.net.URLEncoder.encode("生物药 CDMO 平台", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator(".cl-lead-summary")).containsText("共 1 条线索");
        Path export = download("#lead-export", "export.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(export.toFile())) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("招商线索导出 · 筛选条件：关键词：“生物药 CDMO 平台”");
            var header = sheet.getRow(1);
            int projectColumn = -1;
            int noteColumn = -1;
            for (Cell cell : header) {
                if (cell.getStringCellValue().startsWith("项目名称")) {
                    projectColumn = cell.getColumnIndex();
                }
                if (cell.getStringCellValue().startsWith("需协调事项")) {
                    noteColumn = cell.getColumnIndex();
                }
            }
            assertThat(sheet.getRow(2).getCell(projectColumn).getStringCellValue())
                    .isEqualTo("生物药 CDMO 平台");
            Cell note = sheet.getRow(2).getCell(noteColumn);
            assertThat(note.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\")");
            assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aRenamedImageIsRefusedAndTooLargeUploadsAreRefusedByTheServerItself() {
        open();
        upload(Workbooks.png(dir.resolve("photo.xlsx")));
        Locator message = page.locator(".cl-import-file-message");
        assertThat(message).hasText("该文件不是 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传。");

        page.evaluate("document.querySelector('.cl-import-file-message').textContent = ''");
        @SuppressWarnings("unchecked")
        Map<String, Object> statuses = (Map<String, Object>) page.evaluate("""
                async () => {
                  const target = document.querySelector('#import-upload').target;
                  const big = new Uint8Array(20 * 1024 * 1024 + 1);
                  const form = new FormData();
                  form.append('file', new Blob([big]), 'big.xlsx');
                  const multipart = await fetch(target, { method: 'POST', body: form });
                  const raw = await fetch(target, { method: 'POST', body: big,
                      headers: { 'Content-Type': 'application/octet-stream' } });
                  return { multipart: multipart.status, raw: raw.status };
                }""");
        assertThat(statuses).containsEntry("multipart", 413).containsEntry("raw", 413);
        assertThat(message).hasText("文件超过 20 MB 的上限，未上传。请拆分后分批导入。");
        screenshot("import-refused");
    }
}

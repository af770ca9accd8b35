package com.chainleads.enterprise.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.LibraryFilter;
import com.chainleads.enterprise.service.LibraryRow;
import com.chainleads.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("leader")
class LibraryExportIT {

    @Autowired
    LibraryExport export;

    @Autowired
    EnterpriseLibraryService library;

    @Test
    void theFilteredLibraryIsExportedRowByRowWithItsFilterOnTheFirstRow() throws Exception {
        LibraryFilter filter = new LibraryFilter(null, "BIOMEDICINE", null, CultivationTier.HIGH_TECH, false, null);
        long count = library.count(filter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = export.write(filter, "生物医药 · 高新技术企业", Locale.CHINA, out);

        assertThat(written).isEqualTo(count).isGreaterThan(com.chainleads.transfer.xlsx.PagedExport.PAGE_SIZE / 10);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("企业库 · 生物医药 · 高新技术企业 · 共 " + count + " 家");
            Row headers = sheet.getRow(1);
            assertThat(headers.getCell(0).getStringCellValue()).isEqualTo("企业名称");
            assertThat(headers.getCell(4).getStringCellValue()).isEqualTo("当前梯度");
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + count);
            LibraryRow first =
                    library.list(filter, PageRequest.of(0, 1, Sort.by("name"))).get(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(first.name());
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(first.creditCode());
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).contains("高新技术企业");
        }
    }
}

package com.chainleads.project.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.project.ProjectTestData;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProjectExportIT {

    @Autowired
    ProjectExport export;

    @Autowired
    ProjectTestData data;

    @Autowired
    SignIn signIn;

    @Test
    void theExportHoldsTheFilteredProjectsWithTheFilterDescribedOnTheFirstRow() throws Exception {
        LeadDetails delayed = data.plannedIn("officer1", -4);
        LeadDetails onTime = data.plannedIn("officer1", 4);
        ProjectFilter filter = ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.DELAYED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = signIn.as("leader", () -> export.write(filter, "滞后", Locale.SIMPLIFIED_CHINESE, out));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("项目建设 · 滞后 · 共 " + written);
            List<String> projects = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 1) {
                    projects.add(row.getCell(1).getStringCellValue());
                    statuses.add(row.getCell(8).getStringCellValue());
                }
            }
            assertThat(projects)
                    .hasSize((int) written)
                    .contains(delayed.draft().getProjectName())
                    .doesNotContain(onTime.draft().getProjectName());
            assertThat(statuses).containsOnly("滞后");
        }
    }
}

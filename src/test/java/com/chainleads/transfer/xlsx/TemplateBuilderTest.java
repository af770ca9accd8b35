package com.chainleads.transfer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.TranslationProvider;
import com.chainleads.transfer.Workbooks;
import com.chainleads.transfer.cell.Choices;
import com.chainleads.transfer.cell.Translator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TemplateBuilderTest {

    private static final TranslationProvider I18N = new TranslationProvider();

    private static final Choices<String> STAGES = Choices.<String>builder()
            .add("REGISTERED", "REGISTERED", "线索登记", "Registered")
            .add("SIGNED", "SIGNED", "签约", "Signed")
            .build();
    /** Over a hundred chain links: far beyond the 255 characters of an inline list. */
    private static final Choices<String> LINKS = links();

    private static Choices<String> links() {
        Choices.Builder<String> builder = Choices.builder();
        IntStream.range(0, 120).forEach(i -> builder.add("L" + i, "L" + i, "链节点" + i + "号", "Link " + i));
        return builder.build();
    }

    private static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.text("name", "项目名称", "Project name")
                    .required()
                    .width(30)
                    .help("项目的名称", "Name")
                    .build(),
            ColumnSpec.code("code", "统一社会信用代码", "Credit code").required().build(),
            ColumnSpec.choice("stage", "阶段", "Stage", STAGES).build(),
            ColumnSpec.choice("link", "链节点", "Chain link", LINKS).build(),
            ColumnSpec.date("date", "首报日期", "First reported").build(),
            ColumnSpec.bool("hot", "风口产业", "Wind-gap").build(),
            ColumnSpec.decimal("total", "总投资（万元）", "Total (CNY 10k)").build());

    private static XSSFWorkbook template(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateBuilder(Translator.of(I18N, locale), "招商线索", COLUMNS)
                .instructions(List.of("说明一", "说明二"))
                .write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void chineseHeadersMarkRequiredColumnsAndCarryHelp() throws IOException {
        try (XSSFWorkbook workbook = template(AppLocales.CHINESE)) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo("招商线索");
            assertThat(Workbooks.read(data).get(0))
                    .containsExactly("项目名称*", "统一社会信用代码*", "阶段", "链节点", "首报日期", "风口产业", "总投资（万元）");
            assertThat(data.getRow(0).getCell(0).getCellComment().getString().getString())
                    .isEqualTo("项目的名称");
            assertThat(data.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(data.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(data.getColumnStyle(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void englishUsersGetEnglishHeadersAndDropdowns() throws IOException {
        try (XSSFWorkbook workbook = template(AppLocales.ENGLISH)) {
            assertThat(Workbooks.read(workbook.getSheetAt(0)).get(0))
                    .startsWith("Project name*", "Credit code*", "Stage");
            assertThat(constraintOf(workbook.getSheetAt(0), 2).getExplicitListValues())
                    .containsExactly("Registered", "Signed");
            assertThat(workbook.getSheetName(1)).isEqualTo("Instructions");
        }
    }

    @Test
    void shortListsAreInlineDropdownsAndLongListsUseAHiddenSheetAndANamedRange() throws IOException {
        try (XSSFWorkbook workbook = template(AppLocales.CHINESE)) {
            XSSFSheet data = workbook.getSheetAt(0);
            DataValidationConstraint stage = constraintOf(data, 2);
            assertThat(stage.getExplicitListValues()).containsExactly("线索登记", "签约");
            assertThat(constraintOf(data, 5).getExplicitListValues()).containsExactly("是", "否");

            DataValidationConstraint link = constraintOf(data, 3);
            assertThat(link.getExplicitListValues()).isNull();
            assertThat(link.getFormula1()).isEqualTo("list_link");
            var name = workbook.getName("list_link");
            assertThat(name.getRefersToFormula()).isEqualTo("'_lists'!$A$1:$A$120");
            int lists = workbook.getSheetIndex(TemplateBuilder.LISTS_SHEET);
            assertThat(workbook.getSheetVisibility(lists)).isEqualTo(SheetVisibility.HIDDEN);
            List<List<String>> values = Workbooks.read(workbook.getSheetAt(lists));
            assertThat(values).hasSize(120);
            assertThat(values.get(0)).containsExactly("链节点0号");
            assertThat(values.get(119)).containsExactly("链节点119号");

            XSSFDataValidation validation = validationOf(data, 3);
            assertThat(validation.getRegions().getCellRangeAddress(0).getFirstRow())
                    .isEqualTo(1);
            assertThat(validation.getRegions().getCellRangeAddress(0).getLastRow())
                    .isEqualTo(TemplateBuilder.PREPARED_ROWS);
            assertThat(validation.getSuppressDropDownArrow())
                    .as("XSSF: true shows the arrow")
                    .isTrue();
            assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
        }
    }

    @Test
    void theInstructionsSheetExplainsEveryColumn() throws IOException {
        try (XSSFWorkbook workbook = template(AppLocales.CHINESE)) {
            List<List<String>> help = Workbooks.read(workbook.getSheet("填写说明"));
            assertThat(help.get(0).get(0)).isEqualTo("“招商线索”工作表填写说明");
            assertThat(help.get(1)).containsExactly("说明一");
            assertThat(help.get(4)).containsExactly("列名", "必填", "格式", "说明", "可选值");
            assertThat(help.get(5)).containsExactly("项目名称", "是", "文本", "项目的名称");
            assertThat(help.get(7)).containsExactly("阶段", "否", "从下拉列表选择", "", "线索登记、签约");
            assertThat(help.get(11)).containsExactly("总投资（万元）", "否", "数字，最多 2 位小数", "");
        }
    }

    @Test
    void inlineListsMustFitExcelsLimit() {
        assertThat(TemplateBuilder.fitsInline(List.of("a".repeat(127), "b".repeat(127))))
                .isTrue();
        assertThat(TemplateBuilder.fitsInline(List.of("a".repeat(127), "b".repeat(128))))
                .isFalse();
        assertThat(TemplateBuilder.fitsInline(List.of("a,b"))).isFalse();
    }

    private static XSSFDataValidation validationOf(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst()
                .orElseThrow();
    }

    private static DataValidationConstraint constraintOf(XSSFSheet sheet, int column) {
        return validationOf(sheet, column).getValidationConstraint();
    }
}

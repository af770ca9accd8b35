package com.chainleads.transfer.service;

import static com.chainleads.transfer.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.i18n.TranslationProvider;
import com.chainleads.transfer.Workbooks;
import com.chainleads.transfer.cell.Translator;
import com.chainleads.transfer.xlsx.ColumnSpec;
import com.chainleads.transfer.xlsx.XlsxRejectedException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionOperations;

class ImportPipelineTest {

    private static final TranslationProvider I18N = new TranslationProvider();
    private static final Set<String> SKIPPED = Set.of("原行号", "错误说明", "row", "problems");

    @TempDir
    Path dir;

    private final FakeImport.Target target = new FakeImport.Target();
    private final FakeImport definition = new FakeImport(target);
    private final List<ImportProgress> progress = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private ImportPipeline<FakeImport.Item> pipeline(ImportMode mode, Locale locale, int maxRows) {
        return new ImportPipeline<>(
                definition,
                new ImportContext("客户.xlsx", locale, mode, "officer1"),
                Translator.of(I18N, locale),
                new ImportPipeline.Settings(maxRows, 1000, SKIPPED),
                progress::add,
                cancelled::get);
    }

    private ImportPipeline<FakeImport.Item> pipeline(ImportMode mode) {
        return pipeline(mode, AppLocales.CHINESE, 1000);
    }

    /** Good and bad rows: two valid, four with problems of every kind, one duplicate, one unknown column. */
    private Path mixedFile() {
        return Workbooks.write(
                dir.resolve("mixed.xlsx"),
                List.of(
                        row("编号*", "名称", "金额", "日期", "类别", "启用", "负责人"),
                        row("A001", "光谷芯片", 1200.5, LocalDate.of(2026, 3, 2), "甲类", "是", "李明"),
                        row("A002", null, "12万", "2026/3/2", "B", "否", "张丽"),
                        row("ａ００３", "　东湖生物　", "1,234.50", "2026年3月5日", "class b", "Y", null),
                        row("A001", "重复编号", 10, null, null, null, null),
                        row("A005", "=HYPERLINK(\"http://x\")", -3, "2026-02-30", "丙类", "也许", null),
                        row("A006", "名称超过十个字的项目名称", null, "3/2/2026", null, null, null)));
    }

    @Test
    void thePreviewCountsRowsAndListsEveryProblemByRowAndColumn() {
        PassResult result = pipeline(ImportMode.VALID_ONLY).preview(mixedFile(), null);

        assertThat(result.totalRows()).isEqualTo(6);
        assertThat(result.validRows()).isEqualTo(2);
        assertThat(result.invalidRows()).isEqualTo(4);
        assertThat(result.ignoredColumns()).containsExactly("负责人");
        assertThat(result.problems())
                .containsExactly(
                        new RowProblem(3, "名称", "必填，不能为空"),
                        new RowProblem(3, "金额", "“12万”：请只填数字，不要带单位或百分号"),
                        new RowProblem(5, "编号", "与第 2 行重复"),
                        new RowProblem(6, "名称", "不能超过 10 个字"),
                        new RowProblem(6, "金额", "不能为负数"),
                        new RowProblem(6, "日期", "“2026-02-30”这一天不存在"),
                        new RowProblem(6, "类别", "“丙类”不是可选值。可选：甲类、乙类"),
                        new RowProblem(6, "启用", "“也许”应填“是”或“否”"),
                        new RowProblem(7, "名称", "不能超过 10 个字"),
                        new RowProblem(7, "日期", "“3/2/2026”无法确定年月日顺序，请写作 2026-03-02"));
        assertThat(result.problemCount()).isEqualTo(10);
        assertThat(target.stored).as("a preview stores nothing").isEmpty();
        assertThat(progress).last().satisfies(p -> assertThat(p.fraction()).isEqualTo(1.0));
    }

    @Test
    void problemsAreInTheUsersLanguageWithTheHeadersOfTheFile() {
        PassResult result =
                pipeline(ImportMode.VALID_ONLY, AppLocales.ENGLISH, 1000).preview(mixedFile(), null);
        assertThat(result.problems()).first().isEqualTo(new RowProblem(3, "名称", "Required"));
        assertThat(result.problems())
                .contains(new RowProblem(6, "类别", "\"丙类\" is not one of the allowed values: Class A, Class B"));
    }

    @Test
    void theErrorReportHoldsExactlyTheInvalidRowsWithTheirProblems() throws IOException {
        Path report = dir.resolve("report.xlsx");
        PassResult result = pipeline(ImportMode.VALID_ONLY).preview(mixedFile(), report);

        assertThat(result.errorReport()).isEqualTo(report);
        List<List<String>> rows = Workbooks.read(report, 0);
        assertThat(rows)
                .containsExactly(
                        List.of("原行号", "错误说明", "编号", "名称", "金额", "日期", "类别", "启用", "负责人"),
                        List.of(
                                "3",
                                "名称：必填，不能为空；金额：“12万”：请只填数字，不要带单位或百分号",
                                "A002",
                                "",
                                "12万",
                                "2026/3/2",
                                "B",
                                "否",
                                "张丽"),
                        List.of("5", "编号：与第 2 行重复", "A001", "重复编号", "10.00"),
                        List.of(
                                "6",
                                "名称：不能超过 10 个字；金额：不能为负数；日期：“2026-02-30”这一天不存在；类别：“丙类”不是可选值。可选：甲类、乙类；启用：“也许”应填“是”或“否”",
                                "A005",
                                "=HYPERLINK(\"http://x\")",
                                "-3.00",
                                "2026-02-30",
                                "丙类",
                                "也许"),
                        List.of(
                                "7",
                                "名称：不能超过 10 个字；日期：“3/2/2026”无法确定年月日顺序，请写作 2026-03-02",
                                "A006",
                                "名称超过十个字的项目名称",
                                "",
                                "3/2/2026"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(report.toFile())) {
            var formulaLike = workbook.getSheetAt(0).getRow(3).getCell(3);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(4).getCellType())
                    .as("numbers stay numbers")
                    .isEqualTo(CellType.NUMERIC);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void aFixedErrorReportImportsAgainWithoutComplaintsAboutItsExtraColumns() throws IOException {
        Path report = dir.resolve("report.xlsx");
        pipeline(ImportMode.VALID_ONLY).preview(mixedFile(), report);
        // the user fixes the rows in the report (here: keeps only the rows that have a name and fixes them)
        Path fixed = Workbooks.write(
                dir.resolve("fixed.xlsx"),
                List.of(
                        row("原行号", "错误说明", "编号", "名称", "金额", "日期", "类别", "启用"),
                        row(3, "名称：必填", "A002", "补上名称", 120000, "2026/3/2", "B", "否"),
                        row(6, "金额：不能为负数", "A005", "公式样名称", 3, "2026-02-28", "甲类", "否")));
        PassResult result = pipeline(ImportMode.VALID_ONLY).preview(fixed, null);
        assertThat(result.ignoredColumns()).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.validRows()).isEqualTo(2);
    }

    @Test
    void anUploadedErrorReportNumbersItsProblemsByItsOriginalRowNumbers() {
        Path halfFixed = Workbooks.write(
                dir.resolve("half-fixed.xlsx"),
                List.of(
                        row("原行号", "错误说明", "编号", "名称"),
                        row(3, "名称：必填", "A002", null), // still without a name
                        row(6, "名称：不能超过 10 个字", "A006", "短名称")));
        ImportPipeline<FakeImport.Item> withReportHeaders = new ImportPipeline<>(
                definition,
                new ImportContext("客户-错误报告.xlsx", AppLocales.CHINESE, ImportMode.VALID_ONLY, "officer1"),
                Translator.of(I18N, AppLocales.CHINESE),
                new ImportPipeline.Settings(
                        1000, 1000, SKIPPED, Set.of(ColumnSpec.headerKey("原行号"), ColumnSpec.headerKey("Row"))),
                progress::add,
                cancelled::get);

        PassResult result = withReportHeaders.preview(halfFixed, null);

        assertThat(result.problems()).containsExactly(new RowProblem(3, "名称", "必填，不能为空"));
    }

    @Test
    void validRowsOnlyStoresTheValidRowsInFileOrderAndFinishesWithTheFileName() {
        ImportOutcome outcome =
                pipeline(ImportMode.VALID_ONLY).apply(mixedFile(), null, TransactionOperations.withoutTransaction());

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcome.importedRows()).isEqualTo(2);
        assertThat(target.stored).extracting(FakeImport.Item::row).containsExactly(2, 4);
        FakeImport.Item cleaned = target.stored.get(1);
        assertThat(cleaned.code()).isEqualTo("a003");
        assertThat(cleaned.name()).isEqualTo("东湖生物");
        assertThat(cleaned.amount()).isEqualByComparingTo("1234.50");
        assertThat(cleaned.date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(cleaned.category()).isEqualTo("B");
        assertThat(target.finished).containsExactly(new ImportSummary("客户.xlsx", ImportMode.VALID_ONLY, 2, 4));
    }

    @Test
    void allOrNothingWithAnInvalidRowIsRejectedAndRolledBack() {
        AtomicBoolean rolledBack = new AtomicBoolean();
        TransactionOperations transactions = new TransactionOperations() {
            @Override
            public <R> R execute(org.springframework.transaction.support.TransactionCallback<R> action) {
                var status = new org.springframework.transaction.support.SimpleTransactionStatus();
                R result = action.doInTransaction(status);
                rolledBack.set(status.isRollbackOnly());
                return result;
            }
        };
        ImportOutcome outcome = pipeline(ImportMode.ALL_OR_NOTHING).apply(mixedFile(), null, transactions);
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.importedRows()).isZero();
        assertThat(rolledBack).isTrue();
        assertThat(target.finished).isEmpty();
    }

    @Test
    void keysThatAlreadyExistAreProblemsCheckedInBatches() throws IOException {
        Path file = dir.resolve("many.xlsx");
        int rows = ImportPipeline.BATCH_SIZE * 2 + 10;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Code");
            header.createCell(1).setCellValue("Name");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("K" + r);
                row.createCell(1).setCellValue("n" + r);
            }
            workbook.write(out);
        }
        target.existing.addAll(Set.of("K7", "K777"));
        ImportOutcome outcome = pipeline(ImportMode.VALID_ONLY, AppLocales.CHINESE, rows)
                .apply(file, null, TransactionOperations.withoutTransaction());
        assertThat(outcome.importedRows()).isEqualTo(rows - 2);
        assertThat(outcome.result().problems())
                .containsExactly(new RowProblem(8, "Code", "已存在（K7）"), new RowProblem(778, "Code", "已存在（K777）"));
        assertThat(target.existingCallSizes).containsExactly(ImportPipeline.BATCH_SIZE, ImportPipeline.BATCH_SIZE, 10);
    }

    @Test
    void aTitleRowAboveTheHeaderIsSkippedAsInOurExports() {
        Path file = Workbooks.write(
                dir.resolve("export.xlsx"),
                List.of(row("客户 · 类别：甲类 · 导出于 2026-03-02"), row("编号", "名称", "类别"), row("A1", "名称一", "甲类")));
        PassResult result = pipeline(ImportMode.VALID_ONLY).preview(file, null);
        assertThat(result.totalRows()).isEqualTo(1);
        assertThat(result.validRows()).isEqualTo(1);
    }

    @Test
    void fileLevelProblemsRejectTheWholeFile() {
        assertRejected(
                Workbooks.write(dir.resolve("missing.xlsx"), List.of(row("编号", "金额"), row("A1", 1))),
                "transfer.file.missingColumns",
                "名称");
        assertRejected(
                Workbooks.write(dir.resolve("twice.xlsx"), List.of(row("编号", "名称", "Name"), row("A1", "x", "y"))),
                "transfer.file.duplicateColumn",
                "Name");
        assertRejected(
                Workbooks.write(
                        dir.resolve("noheader.xlsx"),
                        java.util.stream.IntStream.range(0, 12)
                                .mapToObj(i -> row("x" + i, "y"))
                                .toList()),
                "transfer.file.noHeader");
        assertRejected(
                Workbooks.write(dir.resolve("onlyheader.xlsx"), List.of(row("编号", "名称"))), "transfer.file.noRows");
    }

    @Test
    void moreRowsThanTheLimitRejectTheFile() {
        Path file = Workbooks.write(
                dir.resolve("long.xlsx"), List.of(row("编号", "名称"), row("A", "a"), row("B", "b"), row("C", "c")));
        assertThatThrownBy(() ->
                        pipeline(ImportMode.VALID_ONLY, AppLocales.CHINESE, 2).preview(file, null))
                .isInstanceOfSatisfying(XlsxRejectedException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo("transfer.file.tooManyRows");
                    assertThat(e.problem().args()).containsExactly(2);
                });
    }

    @Test
    void cancellingStopsThePassAndAnApplyStoresNothingMore() {
        target.beforeStore = batch -> cancelled.set(true);
        Path file = Workbooks.write(
                dir.resolve("two.xlsx"),
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(row("编号", "名称")),
                                java.util.stream.IntStream.range(0, ImportPipeline.BATCH_SIZE + 5)
                                        .mapToObj(i -> row("C" + i, "n")))
                        .toList());
        assertThatThrownBy(() -> pipeline(ImportMode.ALL_OR_NOTHING)
                        .apply(file, null, TransactionOperations.withoutTransaction()))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(target.stored).hasSize(ImportPipeline.BATCH_SIZE);
        assertThat(target.finished).isEmpty();
    }

    @Test
    void aRuleOfTheMapperThrownAsBusinessRuleLandsAtItsColumn() {
        ImportDefinition<FakeImport.Item> strict = new FakeImport(target) {
            @Override
            public ImportRowMapper<FakeImport.Item> mapper(ImportContext context) {
                ImportRowMapper<FakeImport.Item> base = super.mapper(context);
                return row -> {
                    FakeImport.Item item = base.map(row);
                    if (item != null
                            && item.amount() != null
                            && item.amount().compareTo(BigDecimal.valueOf(1000)) > 0) {
                        throw new com.chainleads.base.domain.BusinessRuleException(
                                "amount", "transfer.demo.error.negative");
                    }
                    return item;
                };
            }
        };
        Path file = Workbooks.write(dir.resolve("rule.xlsx"), List.of(row("编号", "名称", "金额"), row("A", "a", 5000)));
        PassResult result = new ImportPipeline<>(
                        strict,
                        new ImportContext("f", AppLocales.CHINESE, ImportMode.VALID_ONLY, ""),
                        Translator.of(I18N, AppLocales.CHINESE),
                        new ImportPipeline.Settings(10, 10, SKIPPED),
                        p -> {},
                        () -> false)
                .preview(file, null);
        assertThat(result.problems()).containsExactly(new RowProblem(2, "金额", "不能为负数"));
    }

    private void assertRejected(Path file, String key, Object... args) {
        assertThatThrownBy(() -> pipeline(ImportMode.VALID_ONLY).preview(file, null))
                .isInstanceOfSatisfying(XlsxRejectedException.class, e -> {
                    assertThat(e.problem().key()).isEqualTo(key);
                    assertThat(e.problem().args()).containsExactly(args);
                });
    }
}

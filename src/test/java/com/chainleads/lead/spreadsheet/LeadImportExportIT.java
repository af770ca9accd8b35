package com.chainleads.lead.spreadsheet;

import static com.chainleads.transfer.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.claim.domain.InvestorKey;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.ChainPurpose;
import com.chainleads.lead.domain.Economics;
import com.chainleads.lead.domain.Investor;
import com.chainleads.lead.domain.InvestorType;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.Milestones;
import com.chainleads.lead.domain.OriginRegion;
import com.chainleads.lead.domain.ProjectType;
import com.chainleads.lead.domain.QualificationTag;
import com.chainleads.lead.domain.SiteNeeds;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadImportRow;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.StageChangeRequest;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import com.chainleads.transfer.DemoFiles;
import com.chainleads.transfer.Workbooks;
import com.chainleads.transfer.service.ImportDefinition;
import com.chainleads.transfer.service.ImportDefinitions;
import com.chainleads.transfer.service.ImportMode;
import com.chainleads.transfer.service.ImportOutcome;
import com.chainleads.transfer.service.ImportPreview;
import com.chainleads.transfer.service.ImportRequest;
import com.chainleads.transfer.service.ImportService;
import com.chainleads.transfer.service.ImportTask;
import com.chainleads.transfer.service.RowProblem;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The lead import and export on a real database, through the same services the wizard and the list use. */
@IntegrationTest
class LeadImportExportIT {

    @Autowired
    ImportService imports;

    @Autowired
    ImportDefinitions definitions;

    @Autowired
    LeadExport export;

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadActivity activity;

    @Autowired
    com.chainleads.lead.service.LeadImports leadImports;

    @Autowired
    LeadQueries queries;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private final String tag = "导入测试" + UUID.randomUUID().toString().substring(0, 6);

    @SuppressWarnings("unchecked")
    private <R> R run(
            String user,
            java.util.function.Function<ImportRequest<Object>, ImportTask<R>> task,
            Path file,
            ImportMode mode) {
        return signIn.as(user, () -> {
            ImportDefinition<Object> definition = (ImportDefinition<Object>) definitions.require("leads");
            try {
                return task.apply(new ImportRequest<>(
                                definition, file, file.getFileName().toString(), mode, AppLocales.CHINESE))
                        .result()
                        .get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ImportPreview preview(String user, Path file, ImportMode mode) {
        return run(user, request -> imports.preview(request, p -> {}), file, mode);
    }

    private ImportOutcome apply(String user, Path file, ImportMode mode) {
        return run(user, request -> imports.apply(request, p -> {}), file, mode);
    }

    private List<LeadRow> tagged(String user) {
        return signIn.as(user, () -> queries.findRows(LeadFilter.NONE.withText(tag), PageRequest.of(0, 100)));
    }

    private Path file(String name, List<List<Object>> rows) {
        return Workbooks.write(dir.resolve(name), rows);
    }

    @Test
    void aFileWithGoodAndBadRowsGivesTheExactErrorReportAndValidRowsOnlyImportsTheGoodOnes() {
        String code = DemoFiles.newCreditCode();
        Path file = file(
                "线索.xlsx",
                List.of(
                        row("项目名称", "投资主体", "统一社会信用代码", "产业领域", "产业链环节", "招商渠道", "阶段", "总投资（万元）", "首报时间"),
                        row(tag + "甲", "武汉甲科技有限公司", code, "电子信息", "封装测试", "展会招商", "线索登记", "5,000", "2026/3/2"),
                        row(
                                tag + "乙",
                                "武汉乙科技有限公司",
                                "91420100MA4K2B3C00",
                                "Electronic information",
                                "精密减速器",
                                "Fund",
                                null,
                                null,
                                null),
                        row(tag + "丙", "武汉丙科技有限公司", null, "新材料", null, "自主招商", "在谈", "１２０００", "2026年3月5日"),
                        row(tag + "丁", "武汉丁科技有限公司", code, "生物医药", null, "以商招商", null, null, null),
                        row(tag + "戊", "武汉戊科技有限公司", null, "生物医药", null, "以商招商", null, null, "2099-01-01")));

        ImportPreview preview = preview("officer1", file, ImportMode.VALID_ONLY);

        assertThat(preview.result().totalRows()).isEqualTo(5);
        assertThat(preview.result().validRows()).isEqualTo(1);
        assertThat(preview.result().problems())
                .containsExactlyInAnyOrder(
                        new RowProblem(3, "统一社会信用代码", "统一社会信用代码校验位不正确，请核对"),
                        new RowProblem(3, "产业链环节", "产业链环节不属于所选产业领域"),
                        new RowProblem(4, "产业链环节", "此项必填"),
                        new RowProblem(4, "项目类型", "此项必填"),
                        new RowProblem(4, "投资方类型", "此项必填"),
                        new RowProblem(4, "来源地区", "此项必填"),
                        new RowProblem(4, "统一社会信用代码", "此项必填"),
                        new RowProblem(4, "招商目的", "此项必填"),
                        new RowProblem(5, "统一社会信用代码", "与第 2 行重复"),
                        new RowProblem(6, "首报时间", "日期不能晚于今天"));

        ImportOutcome outcome = apply("officer1", file, ImportMode.VALID_ONLY);
        assertThat(outcome.importedRows()).isEqualTo(1);
        List<LeadRow> imported = tagged("officer1");
        assertThat(imported).singleElement().satisfies(lead -> {
            assertThat(lead.projectName()).isEqualTo(tag + "甲");
            assertThat(lead.unitNameZh()).isEqualTo("招商一科");
            assertThat(lead.ownerName()).isEqualTo("李明");
            assertThat(lead.totalInvestment()).isEqualByComparingTo("5000");
            assertThat(lead.chainLinkNameZh()).isEqualTo("封装测试");
        });
        var log = signIn.as("officer1", () -> activity.changeLog(imported.get(0).id()));
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.IMPORT);
            assertThat(entry.note()).isEqualTo("线索.xlsx");
        });
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowFailsEvenIfItOnlyFailsWhenApplied() {
        String first = DemoFiles.newCreditCode();
        String second = DemoFiles.newCreditCode();
        Path file = file(
                "all.xlsx",
                List.of(
                        row("项目名称", "投资主体", "统一社会信用代码", "产业领域", "招商渠道"),
                        row(tag + "一", "一号公司", first, "智能制造", "自主招商"),
                        row(tag + "二", "二号公司", second, "智能制造", "自主招商")));
        assertThat(preview("officer1", file, ImportMode.ALL_OR_NOTHING).canApply(ImportMode.ALL_OR_NOTHING))
                .isTrue();

        // between the preview and the confirmation someone registers the second investor
        LeadDraft meanwhile = new LeadDraft();
        meanwhile.setProjectName(tag + "抢先");
        meanwhile.setInvestorName("二号公司");
        meanwhile.setCreditCode(second);
        meanwhile.setSectorId(chains.sectors().get(0).id());
        meanwhile.setChannel(LeadChannel.SELF);
        signIn.as("officer2", () -> leads.create(meanwhile));

        ImportOutcome outcome = apply("officer1", file, ImportMode.ALL_OR_NOTHING);
        assertThat(outcome.status()).isNotEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcome.importedRows()).isZero();
        assertThat(tagged("admin")).extracting(LeadRow::projectName).containsExactly(tag + "抢先");
    }

    @Test
    void anOfficerCannotImportIntoAnotherUnit() {
        Path file = file(
                "unit.xlsx",
                List.of(
                        row("项目名称", "投资主体", "产业领域", "招商渠道", "责任科室", "负责人"),
                        row(tag, "某公司", "新材料", "自主招商", "招商二科", null),
                        row(tag + "2", "某公司2", "新材料", "自主招商", null, "刘洋")));
        ImportPreview preview = preview("officer1", file, ImportMode.VALID_ONLY);
        assertThat(preview.result().problems()).containsExactlyInAnyOrder(new RowProblem(2, "责任科室", "招商专员只能导入本科室的线索"));
        apply("officer1", file, ImportMode.VALID_ONLY);
        assertThat(tagged("officer1"))
                .singleElement()
                .satisfies(lead -> assertThat(lead.ownerName()).isEqualTo("刘洋"));
    }

    @Test
    void anOwnerWhoIsNoOfficerOfTheUnitIsNamedInTheMessage() {
        Path file = file(
                "owner.xlsx",
                List.of(
                        row("项目名称", "投资主体", "产业领域", "招商渠道", "责任科室", "负责人"),
                        row(tag, "负责人" + tag + "有限公司", "新材料", "自主招商", "招商一科", "张丽"))); // 张丽: 招商二科
        assertThat(preview("admin", file, ImportMode.VALID_ONLY).result().problems())
                .containsExactly(new RowProblem(2, "负责人", "负责人“张丽”不是该科室在岗的招商专员（填写其用户名或姓名）"));
    }

    @Test
    void anInvestorAnotherUnitFirstReportedIsRefusedWithTheMaskedHintOnly() {
        String investor = "武汉" + tag + "撞单测试有限公司";
        LeadDraft first = new LeadDraft();
        first.setProjectName(tag + "首报项目");
        first.setInvestorName(investor);
        first.setSectorId(chains.sectors().get(0).id());
        first.setChannel(LeadChannel.SELF);
        signIn.as("officer1", () -> leads.create(first));
        Path file = file(
                "conflict.xlsx",
                List.of(row("项目名称", "投资主体", "产业领域", "招商渠道"), row(tag + "二科项目", investor, "智能制造", "自主招商")));

        ImportPreview preview = preview("officer2", file, ImportMode.VALID_ONLY);

        String today = com.chainleads.base.ui.Formats.date(LocalDate.now(clock));
        assertThat(preview.result().problems())
                .containsExactly(
                        new RowProblem(2, "投资主体", "该企业已由 招商一科 于 " + today + " 首报（阶段：线索登记），属撞单，请在线索页面登记撞单申报，不能批量导入"));
    }

    @Test
    void anImportedLeadCarriesItsInvestorNameKeyFromItsInsertSoALaterImportByAnotherUnitIsAClaim() {
        String investor = "襄阳" + tag + "键值测试有限公司";
        Path first = file(
                "first.xlsx",
                List.of(row("项目名称", "投资主体", "产业领域", "招商渠道"), row(tag + "一科项目", investor, "智能制造", "自主招商")));
        assertThat(apply("officer1", first, ImportMode.VALID_ONLY).importedRows())
                .isEqualTo(1);
        Map<String, Object> keys = jdbc.queryForMap(
                "select investor_name_key, investor_brand, investor_name_version "
                        + "from investment_lead where investor_name = ?",
                investor);
        InvestorKey expected = InvestorKey.of(investor);
        assertThat(keys)
                .containsEntry("investor_name_key", expected.nameKey())
                .containsEntry("investor_brand", expected.brand())
                .containsEntry("investor_name_version", expected.version());
        Path second = file(
                "second.xlsx",
                List.of(
                        row("项目名称", "投资主体", "统一社会信用代码", "产业领域", "招商渠道"),
                        row(tag + "二科项目", investor, DemoFiles.newCreditCode(), "智能制造", "自主招商")));

        ImportPreview preview = preview("officer2", second, ImportMode.VALID_ONLY);

        assertThat(preview.result().problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .startsWith("该企业已由 招商一科 于 ")
                        .contains("属撞单"));
    }

    @Test
    void byNameAnInvestorWithACreditCodeMeetsOnlyStoredLeadsWithoutOneAnotherCodeIsAnotherEnterprise() {
        String coded = "荆州" + tag + "有码企业有限公司";
        String uncoded = "荆州" + tag + "无码企业有限公司";
        for (String[] lead : new String[][] {{coded, DemoFiles.newCreditCode()}, {uncoded, ""}}) {
            LeadDraft draft = new LeadDraft();
            draft.setProjectName(tag + lead[0]);
            draft.setInvestorName(lead[0]);
            draft.setCreditCode(lead[1]);
            draft.setSectorId(chains.sectors().get(0).id());
            draft.setChannel(LeadChannel.SELF);
            signIn.as("officer1", () -> leads.create(draft));
        }
        Path file = file(
                "codes.xlsx",
                List.of(
                        row("项目名称", "投资主体", "统一社会信用代码", "产业领域", "招商渠道"),
                        row(tag + "同名异码", coded, DemoFiles.newCreditCode(), "智能制造", "自主招商"),
                        row(tag + "同名有码", uncoded, DemoFiles.newCreditCode(), "智能制造", "自主招商"),
                        row(tag + "同名无码", uncoded, null, "智能制造", "自主招商")));

        ImportPreview preview = preview("officer2", file, ImportMode.VALID_ONLY);

        // the same name under two credit codes is two enterprises; a stored lead without a code may be the same
        assertThat(preview.result().problems())
                .extracting(RowProblem::rowNumber)
                .containsExactly(3, 4);
        assertThat(preview.result().validRows()).isEqualTo(1);
    }

    @Test
    void anInvestorTwiceInALargeFileIsNoClaimAgainstTheImportsOwnEarlierRow() {
        // the same investor for two units, 501 rows apart: the second row is checked after the first was stored
        String investor = "宜昌" + tag + "重复主体有限公司";
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("项目名称", "投资主体", "产业领域", "招商渠道", "责任科室", "负责人"));
        rows.add(row(tag + "甲", investor, "智能制造", "自主招商", "招商一科", "officer1"));
        for (int i = 0; i < 500; i++) {
            rows.add(row(tag + "填充" + i, "填充" + tag + i + "号有限公司", "智能制造", "自主招商", "招商一科", "officer1"));
        }
        rows.add(row(tag + "乙", investor, "智能制造", "自主招商", "招商二科", "officer2"));
        Path file = file("own-rows.xlsx", rows);
        ImportPreview preview = preview("admin", file, ImportMode.VALID_ONLY);
        assertThat(preview.result().problems()).isEmpty();

        ImportOutcome outcome = apply("admin", file, ImportMode.VALID_ONLY);

        assertThat(outcome.result().problems())
                .as("applying finds what the check found")
                .isEmpty();
        assertThat(outcome.importedRows()).isEqualTo(502);
    }

    @Test
    void anotherOfficersSaveDuringALongImportSucceeds() throws Exception {
        LeadDraft imported = signIn.as("officer1", () -> leads.newDraft());
        imported.setProjectName(tag + "长导入");
        imported.setInvestorName("长导入" + tag + "有限公司");
        imported.setSectorId(chains.sectors().get(0).id());
        imported.setChannel(LeadChannel.SELF);
        LeadDraft saved = new LeadDraft();
        saved.setProjectName(tag + "导入期间新建");
        saved.setInvestorName("导入期间" + tag + "有限公司");
        saved.setSectorId(chains.sectors().get(0).id());
        saved.setChannel(LeadChannel.SELF);
        TransactionTemplate importTransaction = new TransactionTemplate(transactionManager);
        CountDownLatch importing = new CountDownLatch(1);
        CountDownLatch saveDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // an import that has stored its first rows and is still running (its transaction open)
            Future<?> longImport = threads.submit(() -> signIn.as(
                    "officer1",
                    () -> importTransaction.executeWithoutResult(status -> {
                        leadImports.importLeads(
                                List.of(new LeadImportRow(2, imported, LeadStage.REGISTERED, LocalDate.now(clock))),
                                "long.xlsx");
                        importing.countDown();
                        try {
                            saveDone.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    })));
            assertThat(importing.await(30, TimeUnit.SECONDS)).isTrue();

            Future<LeadDetails> save = threads.submit(() -> signIn.as("officer4", () -> leads.create(saved)));
            LeadDetails created;
            try {
                created = save.get(8, TimeUnit.SECONDS);
            } finally {
                saveDone.countDown();
            }
            longImport.get(30, TimeUnit.SECONDS);

            assertThat(created.leadNo()).startsWith("ZS-");
            assertThat(tagged("admin"))
                    .extracting(LeadRow::projectName)
                    .containsExactlyInAnyOrder(tag + "长导入", tag + "导入期间新建");
            assertThat(tagged("admin")).extracting(LeadRow::leadNo).doesNotHaveDuplicates();
        } finally {
            saveDone.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void anExportHoldsTheNewestMatchingLeadsFirstUpToItsLimit() throws Exception {
        List<LeadDetails> created = new ArrayList<>();
        for (String name : List.of("甲", "乙", "丙")) {
            created.add(create(tag + "顺序" + name, LeadStage.REGISTERED));
        }
        Path exported = dir.resolve("newest.xlsx");
        try (OutputStream out = Files.newOutputStream(exported)) {
            long written = signIn.as(
                    "officer1", () -> export.write(LeadFilter.NONE.withText(tag), 2, AppLocales.CHINESE, out));
            assertThat(written).isEqualTo(2);
        }

        List<List<String>> sheet = Workbooks.read(exported, 0);
        // a title row and the header above the leads, their numbers in the first column
        assertThat(sheet.subList(2, sheet.size()))
                .extracting(row -> row.get(0))
                .containsExactly(created.get(2).leadNo(), created.get(1).leadNo());
    }

    @Test
    void exportThenImportGivesIdenticalLeads() throws Exception {
        List<LeadDetails> originals = new ArrayList<>();
        originals.add(create(tag + "全字段", LeadStage.SIGNED));
        originals.add(create(tag + "在谈", LeadStage.NEGOTIATING));
        originals.add(create(tag + "新登记", LeadStage.REGISTERED));
        Path exported = dir.resolve("export.xlsx");
        try (OutputStream out = Files.newOutputStream(exported)) {
            long written = signIn.as(
                    "officer1", () -> export.write(LeadFilter.NONE.withText(tag), 1000, AppLocales.CHINESE, out));
            assertThat(written).isEqualTo(3);
        }
        List<List<String>> sheet = Workbooks.read(exported, 0);
        int header = headerRow(sheet, "对接领导");
        int contactLeader = sheet.get(header).indexOf("对接领导");
        assertThat(contactLeader)
                .as("the contact leader follows the investor type")
                .isEqualTo(sheet.get(header).indexOf("投资方类型") + 1);
        assertThat(sheet.subList(header + 1, sheet.size()))
                .filteredOn(cells -> cells.size() > contactLeader)
                .extracting(cells -> cells.get(contactLeader))
                .containsOnly("王副区长");
        List<LeadDraft> before = originals.stream()
                .map(o -> signIn.as("officer1", () -> leads.load(o.id())).draft())
                .toList();
        for (LeadDetails lead : originals) {
            LeadDetails current = signIn.as("admin", () -> leads.load(lead.id()));
            signIn.as("admin", () -> leads.delete(current.id(), current.version()));
        }
        assertThat(tagged("admin")).isEmpty();

        ImportOutcome outcome = apply("officer1", exported, ImportMode.ALL_OR_NOTHING);
        assertThat(outcome.importedRows()).isEqualTo(3);

        List<LeadRow> rows = tagged("officer1");
        assertThat(rows).hasSize(3);
        for (LeadRow row : rows) {
            LeadDetails again = signIn.as("officer1", () -> leads.load(row.id()));
            LeadDetails original = originals.stream()
                    .filter(o -> o.draft().getProjectName().equals(again.draft().getProjectName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(again.stage()).isEqualTo(original.stage());
            assertThat(again.draft())
                    .usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(before.get(originals.indexOf(original)));
            assertThat(LocalDate.ofInstant(again.firstReportedAt(), clock.getZone()))
                    .isEqualTo(LocalDate.ofInstant(original.firstReportedAt(), clock.getZone()));
        }
    }

    private static int headerRow(List<List<String>> sheet, String header) {
        for (int r = 0; r < sheet.size(); r++) {
            if (sheet.get(r).contains(header)) {
                return r;
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet);
    }

    @Test
    void theTemplateHasAColumnForEachPlainFieldOfTheValueGroups() throws Exception {
        Path template = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            signIn.as("officer1", () -> imports.writeTemplate(definitions.require("leads"), AppLocales.CHINESE, out));
        }
        List<List<String>> sheet = Workbooks.read(template, 0);
        assertThat(sheet.get(headerRow(sheet, "对接领导")))
                .contains("对接领导", "意向园区/楼宇", "需协调事项", "预计签约日期", "固定资产投资（万元）", "年研发投入（万元）", "预计就业（人）");
    }

    /** A lead with many fields filled, moved to {@code stage}. */
    private LeadDetails create(String project, LeadStage stage) {
        return signIn.as("officer1", () -> {
            LeadDraft draft = new LeadDraft();
            draft.setProjectName(project);
            draft.setInvestorName(project + "（武汉）有限公司");
            draft.setCreditCode(DemoFiles.newCreditCode());
            draft.setInvestorType(InvestorType.FOREIGN);
            draft.setQualifications(Set.of(QualificationTag.LISTED, QualificationTag.HIGH_TECH));
            var sector = chains.sectors().stream()
                    .filter(s -> s.code().equals("BIOMEDICINE"))
                    .findFirst()
                    .orElseThrow();
            draft.setSectorId(sector.id());
            draft.setChannel(LeadChannel.REFERRER);
            draft.setReferrer("校友会 陈秘书长");
            draft.setHotIndustry(true);
            draft.setTotalInvestment(new BigDecimal("123456.78"));
            draft.setNumber(Economics.FIXED_ASSET_INVESTMENT, new BigDecimal("100000"));
            draft.setNumber(Economics.ANNUAL_OUTPUT, new BigDecimal("250000.5"));
            draft.setNumber(Economics.ANNUAL_TAX, new BigDecimal("12000"));
            draft.setNumber(Economics.JOBS, new BigDecimal("320"));
            draft.setOriginRegion(OriginRegion.OVERSEAS);
            draft.setNumber(SiteNeeds.LAND_MU, new BigDecimal("85.5"));
            draft.setText(SiteNeeds.TARGET_PARK, "生物医药产业园");
            draft.setText(SiteNeeds.COORDINATION_ITEMS, "=SUM(A1:A3) 需协调用地");
            draft.setText(Investor.CONTACT_LEADER, "王副区长");
            draft.setDate(Milestones.EXPECTED_SIGNING_ON, LocalDate.of(2027, 6, 30));
            draft.setNumber(Economics.ANNUAL_RND, new BigDecimal("3500.25"));
            LeadDetails lead = leads.create(draft);
            if (stage == LeadStage.REGISTERED) {
                return lead;
            }
            LeadDraft more = lead.draft();
            more.setChainLinkId(chains.allLinks().stream()
                    .filter(l -> l.code().equals("BM_CDMO"))
                    .findFirst()
                    .orElseThrow()
                    .id());
            more.setProjectType(ProjectType.EXPANSION);
            more.setChainPurpose(ChainPurpose.STRENGTHEN);
            LeadDetails saved = leads.update(lead.id(), lead.version(), more);
            LeadDetails negotiating =
                    leads.changeStage(saved.id(), saved.version(), StageChangeRequest.to(LeadStage.NEGOTIATING, null));
            if (stage == LeadStage.NEGOTIATING) {
                return negotiating;
            }
            LocalDate today = LocalDate.now(clock);
            return leads.changeStage(
                    negotiating.id(),
                    negotiating.version(),
                    new StageChangeRequest(
                            LeadStage.SIGNED, null, today, new BigDecimal("120000"), null, null, null, null));
        });
    }
}

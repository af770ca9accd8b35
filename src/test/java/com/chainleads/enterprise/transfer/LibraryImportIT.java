package com.chainleads.enterprise.transfer;

import static com.chainleads.transfer.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.i18n.AppLocales;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.service.EnterpriseDetail;
import com.chainleads.enterprise.service.EnterpriseLibraryService;
import com.chainleads.enterprise.service.ProfileCommand;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The enterprise library's Excel import on a real database, through the services the wizard uses. */
@IntegrationTest
class LibraryImportIT {

    @Autowired
    ImportService imports;

    @Autowired
    ImportDefinitions definitions;

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    EnterpriseLibraryRepository enterprises;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    SignIn signIn;

    @TempDir
    Path dir;

    private final List<String> codes = new ArrayList<>();

    @Autowired
    com.chainleads.enterprise.summary.LadderStandings standings;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    com.chainleads.chain.summary.LinkTierCounts mapCounts;

    @Autowired
    com.chainleads.security.domain.AppUserRepository users;

    @AfterEach
    void removeImportedFirms() {
        List<Long> ids = codes.stream()
                .flatMap(code ->
                        enterprises.findByCreditCode(CreditCode.parse(code).orElseThrow()).stream())
                .map(firm -> firm.getId())
                .toList();
        com.chainleads.enterprise.service.LibraryTestData.remove(ids, enterprises, standings, mapCounts, transactions);
    }

    private String newCode() {
        String code = CreditCode.complete("91429997"
                        + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))
                .value();
        codes.add(code);
        return code;
    }

    @SuppressWarnings("unchecked")
    private <R> R run(String user, Function<ImportRequest<Object>, ImportTask<R>> task, Path file) {
        return signIn.as(user, () -> {
            ImportDefinition<Object> definition = (ImportDefinition<Object>) definitions.require("enterprises");
            try {
                return task.apply(new ImportRequest<>(
                                definition,
                                file,
                                file.getFileName().toString(),
                                ImportMode.VALID_ONLY,
                                AppLocales.CHINESE))
                        .result()
                        .get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private EnterpriseDetail detail(String code) {
        LocalEnterprise firm = enterprises
                .findByCreditCode(CreditCode.parse(code).orElseThrow())
                .orElseThrow();
        return signIn.as("leader", () -> library.find(firm.getId()).orElseThrow());
    }

    @Test
    void goodRowsAreImportedOrUpdateTheirFirmAndEachBadRowSaysWhatIsWrong() {
        String fresh = newCode();
        String known = newCode();
        long cdmo = chains.linkByCode("BM_CDMO").orElseThrow().id();
        signIn.as(
                "tech1",
                () -> library.create(new ProfileCommand(
                        "导入前的名称有限公司",
                        known,
                        chains.sectorByCode("BIOMEDICINE").orElseThrow().id(),
                        Set.of(cdmo),
                        false,
                        null,
                        null,
                        users.findByUsernameIgnoreCase("officer4").orElseThrow().getId())));
        String badCheckDigit = fresh.substring(0, 17) + (fresh.charAt(17) == '0' ? '1' : '0');
        Path file = Workbooks.write(
                dir.resolve("企业库.xlsx"),
                List.of(
                        row(
                                "统一社会信用代码",
                                "企业名称",
                                "所属产业",
                                "所在链节点",
                                "规上工业企业",
                                "梯度资质",
                                "认定/入库日期",
                                "有效期至",
                                "年度",
                                "营业收入（万元）",
                                "税收（元）",
                                "研发投入",
                                "研发人员",
                                "职工人数",
                                "发明专利"),
                        row(
                                fresh,
                                "导入新企业有限公司",
                                "生物医药",
                                "CDMO、CRO",
                                "是",
                                "高新技术企业",
                                "2025-03-01",
                                null,
                                "2025",
                                "12000.5",
                                "3500000",
                                null,
                                "30",
                                "200",
                                "5"),
                        row(
                                fresh,
                                "导入新企业有限公司",
                                "生物医药",
                                "CDMO",
                                "是",
                                "科技型中小企业",
                                "2026-04-01",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                known,
                                "导入后的名称有限公司",
                                "生物医药",
                                "CRO",
                                "否",
                                null,
                                null,
                                null,
                                "2024",
                                "800",
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                badCheckDigit,
                                "校验位错误有限公司",
                                "生物医药",
                                "CDMO",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                newCode(),
                                "未知产业有限公司",
                                "航空航天",
                                "CDMO",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                newCode(),
                                "未知环节有限公司",
                                "生物医药",
                                "不存在的环节",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                newCode(),
                                "资质无日期有限公司",
                                "生物医药",
                                "CDMO",
                                null,
                                "专精特新",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                newCode(),
                                "指标无年度有限公司",
                                "生物医药",
                                "CDMO",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "500",
                                null,
                                null,
                                null,
                                null,
                                null),
                        row(
                                newCode(),
                                "单位未注明有限公司",
                                "生物医药",
                                "CDMO",
                                null,
                                null,
                                null,
                                null,
                                "2025",
                                null,
                                null,
                                "80",
                                null,
                                null,
                                null)));

        ImportPreview preview = run("tech1", request -> imports.preview(request, p -> {}), file);

        assertThat(preview.result().totalRows()).isEqualTo(9);
        assertThat(preview.result().validRows()).isEqualTo(3);
        assertThat(preview.result().problems())
                .containsExactlyInAnyOrder(
                        new RowProblem(5, "统一社会信用代码", "统一社会信用代码校验位不正确，请核对"),
                        new RowProblem(6, "所属产业", "“航空航天”不是可选值。可选：智能制造、电子信息、新材料、生物医药、文旅文创"),
                        new RowProblem(7, "所在链节点", "未找到链节点“不存在的环节”"),
                        new RowProblem(8, "认定/入库日期", "资质缺少认定/入库日期"),
                        new RowProblem(9, "年度", "填写了年度指标但缺少年度"),
                        new RowProblem(10, "研发投入", "表头“研发投入”未注明单位，请改为“研发投入（万元）”或“研发投入（元）”"));

        assertThat(preview.result().notes())
                .as("a code already in the library is said at its row: the row updates that firm")
                .containsExactly(
                        new RowProblem(4, "", "信用代码 " + known + " 已在企业库（导入前的名称有限公司）：本行将更新该企业的信息，添加本行的资质和年度指标"));
        assertThat(preview.result().noteCount()).isEqualTo(1);

        ImportOutcome outcome = run("tech1", request -> imports.apply(request, p -> {}), file);

        assertThat(outcome.importedRows()).isEqualTo(3);
        EnterpriseDetail imported = detail(fresh);
        assertThat(imported.profile().name()).isEqualTo("导入新企业有限公司");
        assertThat(imported.profile().aboveScale()).isTrue();
        assertThat(imported.tiers())
                .extracting(EnterpriseDetail.TierLine::tier)
                .containsExactlyInAnyOrder(CultivationTier.HIGH_TECH, CultivationTier.TECH_SME);
        assertThat(imported.indicators()).singleElement().satisfies(year -> {
            assertThat(year.figures().year()).isEqualTo(2025);
            assertThat(year.figures().revenueWan()).isEqualByComparingTo("12000.50");
            assertThat(year.figures().taxWan()).as("3,500,000 元").isEqualByComparingTo("350.00");
            assertThat(year.figures().staff()).isEqualTo(200);
        });
        EnterpriseDetail updated = detail(known);
        assertThat(updated.profile().name())
                .as("an existing code updates its firm")
                .isEqualTo("导入后的名称有限公司");
        assertThat(updated.profile().linkIds())
                .containsExactly(chains.linkByCode("BM_CRO").orElseThrow().id());
        assertThat(updated.profile().officerId())
                .as("no 服务专员 column in this sheet: the firm keeps its own")
                .isEqualTo(
                        users.findByUsernameIgnoreCase("officer4").orElseThrow().getId());
        assertThat(updated.indicators())
                .extracting(line -> line.figures().year())
                .containsExactly(2024);
        assertThat(enterprises.findByCreditCode(CreditCode.parse(known).orElseThrow()))
                .isPresent();
    }

    @Test
    void theOfficerColumnNamesAFirmsOfficerAndABlankOptionalCellKeepsWhatTheLibraryHas() {
        String known = newCode();
        String fresh = newCode();
        String unknownOfficer = newCode();
        long sector = chains.sectorByCode("BIOMEDICINE").orElseThrow().id();
        long officer4 = users.findByUsernameIgnoreCase("officer4").orElseThrow().getId();
        long officer2 = users.findByUsernameIgnoreCase("officer2").orElseThrow().getId();
        signIn.as(
                "tech1",
                () -> library.create(new ProfileCommand(
                        "保留原值有限公司",
                        known,
                        sector,
                        Set.of(chains.linkByCode("BM_CDMO").orElseThrow().id()),
                        true,
                        new java.math.BigDecimal("9000"),
                        50,
                        officer4)));
        Path file = Workbooks.write(
                dir.resolve("服务专员.xlsx"),
                List.of(
                        row("统一社会信用代码", "企业名称", "所属产业", "所在链节点", "规上工业企业", "从业人数", "服务专员"),
                        row(known, "保留原值有限公司", "生物医药", "CDMO", "是", "60", null),
                        row(fresh, "指定专员有限公司", "生物医药", "CRO", "否", null, "officer2"),
                        row(unknownOfficer, "未知专员有限公司", "生物医药", "CRO", "否", null, "不存在的人")));

        ImportPreview preview = run("tech1", request -> imports.preview(request, p -> {}), file);
        assertThat(preview.result().problems()).containsExactly(new RowProblem(4, "服务专员", "没有用户名或姓名为“不存在的人”的在岗招商专员"));
        run("tech1", request -> imports.apply(request, p -> {}), file);

        ProfileCommand kept = detail(known).profile();
        assertThat(kept.jobs()).as("the row's jobs").isEqualTo(60);
        assertThat(kept.annualOutputWan())
                .as("blank output keeps the stored one")
                .isEqualByComparingTo("9000");
        assertThat(kept.officerId()).as("blank 服务专员 keeps the stored one").isEqualTo(officer4);
        assertThat(detail(fresh).profile().officerId()).as("named by username").isEqualTo(officer2);
        assertThat(enterprises.findByCreditCode(CreditCode.parse(unknownOfficer).orElseThrow()))
                .isEmpty();
    }

    @Test
    void onlyAdministratorsAndTheTechOfficeCanApplyAnImport() {
        String code = newCode();
        Path file = Workbooks.write(
                dir.resolve("科员.xlsx"),
                List.of(row("统一社会信用代码", "企业名称", "所属产业", "所在链节点"), row(code, "科员导入有限公司", "生物医药", "CDMO")));

        assertThatThrownBy(() -> run("officer1", request -> imports.apply(request, p -> {}), file))
                .hasRootCauseInstanceOf(AccessDeniedException.class);
        assertThat(enterprises.findByCreditCode(CreditCode.parse(code).orElseThrow()))
                .isEmpty();
        assertThat(run("admin", request -> imports.apply(request, p -> {}), file)
                        .importedRows())
                .isEqualTo(1);
    }
}

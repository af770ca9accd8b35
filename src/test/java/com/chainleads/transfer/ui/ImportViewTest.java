package com.chainleads.transfer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.NotFoundView;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.transfer.DemoFiles;
import com.chainleads.transfer.Workbooks;
import com.chainleads.transfer.service.ImportMode;
import com.chainleads.transfer.service.RowProblem;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead import wizard in the running Spring context, driven without a browser. */
class ImportViewTest extends KaribuTest {

    @TempDir
    Path dir;

    private static com.vaadin.flow.component.button.Button languageSwitch() {
        return _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("cl-language-switch"));
    }

    private ImportWizard<?> openAs(String user) {
        loginAs(user);
        navigate("leads/import");
        return _get(ImportView.class).wizard;
    }

    /** Processes pushed UI updates until the wizard leaves the step, as the browser would receive them. */
    private static void awaitLeaving(ImportWizard<?> wizard, ImportWizard.Step step) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (wizard.step() == step || wizard.running() != null) {
            MockVaadin.runUIQueue();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still " + wizard.step());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        MockVaadin.runUIQueue();
    }

    private static Path upload(ImportWizard<?> wizard, Path source, String name) throws Exception {
        Path uploaded = Files.copy(source, source.resolveSibling("uploaded-" + source.getFileName()));
        wizard.fileReceived(uploaded, name);
        assertThat(wizard.step()).isEqualTo(ImportWizard.Step.CHECKING);
        assertThat(wizard.progressBox.isVisible()).isTrue();
        awaitLeaving(wizard, ImportWizard.Step.CHECKING);
        return uploaded;
    }

    @Test
    void officersAndAdministratorsFindTheImportInTheMenuLeadersDoNot() {
        loginAs("officer1");
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("leads/import");
        loginAs("admin");
        navigate("leads/import");
        _get(ImportView.class);
        loginAs("leader");
        navigate("leads/import");
        _get(NotFoundView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("leads/import");
    }

    @Test
    void theWizardStartsWithTemplateModeAndUpload() {
        ImportWizard<?> wizard = openAs("officer1");
        assertThat(wizard.step()).isEqualTo(ImportWizard.Step.READY);
        assertThat(wizard.mode.getValue()).isEqualTo(ImportMode.ALL_OR_NOTHING);
        assertThat(wizard.upload.isVisible()).isTrue();
        assertThat(wizard.upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(wizard.upload.getAcceptedFileTypes()).contains(".xlsx");
        assertThat(wizard.templateDownload.getHref()).isNotBlank();
        assertThat(wizard.progressBox.isVisible()).isFalse();
        assertThat(wizard.previewBox.isVisible()).isFalse();
    }

    @Test
    void anOdsXlsOrCsvFileIsToldToBeSavedAsXlsx() {
        ImportWizard<?> wizard = openAs("officer1");
        assertThat(wizard.upload.getI18n().getError().getIncorrectFileType())
                .contains("只能上传 Excel 工作簿（.xlsx）")
                .contains(".xls、.ods、.csv")
                .contains("另存为 .xlsx");
    }

    @Test
    void aFileWithProblemsIsPreviewedAllOrNothingIsRefusedAndValidRowsOnlyImportsTheValidRows() throws Exception {
        ImportWizard<?> wizard = openAs("officer1");
        upload(wizard, DemoFiles.mixed(dir.resolve("mixed.xlsx")), "项目清单.xlsx");

        assertThat(wizard.step()).isEqualTo(ImportWizard.Step.PREVIEW);
        assertThat(wizard.summary.getText()).isEqualTo("项目清单.xlsx：共 3 行数据，2 行有效，1 行有问题（共 2 个问题）。");
        List<RowProblem> problems = GridKt._findAll(wizard.problems);
        assertThat(problems)
                .containsExactly(
                        new RowProblem(4, "统一社会信用代码", "统一社会信用代码校验位不正确，请核对"),
                        new RowProblem(4, "产业领域", "“航空航天”不是可选值。可选：智能制造、电子信息、新材料、生物医药、文旅文创"));
        assertThat(wizard.reportSlot.getChildren()).hasSize(1);
        assertThat(wizard.confirm.isEnabled())
                .as("all-or-nothing needs a clean file")
                .isFalse();
        assertThat(wizard.applyHint.getText()).contains("全部导入");

        wizard.mode.setValue(ImportMode.VALID_ONLY);
        assertThat(wizard.confirm.isEnabled()).isTrue();
        assertThat(wizard.confirm.getText()).isEqualTo("确认导入 2 条有效行");
        wizard.confirm.click();
        assertThat(wizard.step()).isEqualTo(ImportWizard.Step.IMPORTING);
        awaitLeaving(wizard, ImportWizard.Step.IMPORTING);

        assertThat(wizard.step()).isEqualTo(ImportWizard.Step.DONE);
        assertThat(wizard.resultText.getText()).isEqualTo("已从 项目清单.xlsx 导入 2 行；另有 1 行有问题未导入，请下载错误报告修改后再次导入。");
        assertThat(wizard.resultBox.getElement().getAttribute("data-status")).isEqualTo("imported");
        assertThat(wizard.resultReportSlot.getChildren()).hasSize(1);

        // the same file again: its valid rows now exist
        wizard.again.click();
        assertThat(wizard.step()).isEqualTo(ImportWizard.Step.READY);
        upload(wizard, DemoFiles.mixed(dir.resolve("again.xlsx")), "again.xlsx");
        assertThat(wizard.summary.getText()).contains("共 3 行数据，2 行有效");
    }

    @Test
    void aCleanFileIsImportedAllOrNothing() throws Exception {
        ImportWizard<?> wizard = openAs("officer4");
        upload(wizard, DemoFiles.valid(dir.resolve("valid.xlsx"), 25), "valid.xlsx");
        assertThat(wizard.problems.isVisible()).isFalse();
        assertThat(wizard.confirm.getText()).isEqualTo("确认导入全部 25 行");
        assertThat(wizard.confirm.isEnabled()).isTrue();
        wizard.confirm.click();
        awaitLeaving(wizard, ImportWizard.Step.IMPORTING);
        assertThat(wizard.resultText.getText()).isEqualTo("已从 valid.xlsx 导入 25 行。");
        assertThat(wizard.resultReportSlot.getChildren()).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAClearMessageAndTheUploadStaysOpen() throws Exception {
        ImportWizard<?> wizard = openAs("officer1");
        Path uploaded = upload(wizard, Workbooks.png(dir.resolve("photo.xlsx")), "photo.xlsx");
        assertThat(wizard.step()).isEqualTo(ImportWizard.Step.READY);
        assertThat(wizard.fileMessage.isVisible()).isTrue();
        assertThat(wizard.fileMessage.getText()).startsWith("该文件不是 Excel 工作簿（.xlsx）");
        assertThat(uploaded).as("a refused upload is deleted").doesNotExist();
        assertThat(wizard.upload.isEnabled()).isTrue();
    }

    @Test
    void checkingCanBeCancelled() throws Exception {
        ImportWizard<?> wizard = openAs("officer1");
        Path uploaded = Files.copy(DemoFiles.valid(dir.resolve("cancel.xlsx"), 3000), dir.resolve("up.xlsx"));
        wizard.fileReceived(uploaded, "cancel.xlsx");
        wizard.cancelRunning();
        assertThat(wizard.cancel.isEnabled()).isFalse();
        awaitLeaving(wizard, ImportWizard.Step.CHECKING);
        // a fast machine may finish before it sees the cancel; either way the wizard is usable again
        assertThat(wizard.step()).isIn(ImportWizard.Step.READY, ImportWizard.Step.PREVIEW);
        if (wizard.step() == ImportWizard.Step.READY) {
            assertThat(wizard.fileMessage.getText()).isEqualTo("已取消检查。");
        }
    }

    @Test
    void englishUsersReadTheWizardInEnglish() throws Exception {
        loginAs("officer2");
        navigate("");
        languageSwitch().click();
        try {
            navigate("leads/import");
            ImportWizard<?> wizard = _get(ImportView.class).wizard;
            upload(wizard, DemoFiles.mixed(dir.resolve("en.xlsx")), "en.xlsx");
            assertThat(wizard.summary.getText())
                    .isEqualTo("en.xlsx: 3 data rows, 2 valid, 1 with problems (2 problems in all).");
            assertThat(GridKt._findAll(wizard.problems))
                    .extracting(RowProblem::message)
                    .contains(
                            "\"航空航天\" is not one of the allowed values: Intelligent manufacturing, Electronic information, "
                                    + "New materials, Biomedicine, Cultural tourism & creative industries");
        } finally {
            languageSwitch().click();
        }
    }
}

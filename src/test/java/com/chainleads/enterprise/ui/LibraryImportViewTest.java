package com.chainleads.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.ui.NotFoundView;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.transfer.Workbooks;
import com.chainleads.transfer.service.ImportDefinitions;
import com.chainleads.transfer.service.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The entry point of the library import: the button on /enterprises, the wizard, the template. */
class LibraryImportViewTest extends KaribuTest {

    @Autowired
    ImportService imports;

    @Autowired
    ImportDefinitions definitions;

    @TempDir
    Path dir;

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void theTechOfficeOpensTheImportFromTheLibraryAndFindsTemplateAndUpload() {
        loginAs("tech1");
        UI.getCurrent().navigate("enterprises");
        EnterpriseLibraryView library = _get(EnterpriseLibraryView.class);
        assertThat(library.importEnterprises.isVisible()).isTrue();
        assertThat(library.importEnterprises.getText()).isEqualTo("导入");

        _click(library.importEnterprises);

        assertThat(location()).isEqualTo("enterprises/import");
        LibraryImportView view = _get(LibraryImportView.class);
        assertThat(view.getPageTitle()).isEqualTo("导入企业");
        assertThat(_get(view, Anchor.class, spec -> spec.withId("import-template"))
                        .getHref())
                .isNotBlank();
        assertThat(_get(view, Upload.class).isVisible()).isTrue();
    }

    @Test
    void administratorsMayImportOfficersAndLeadersNeitherSeeTheButtonNorReachThePage() {
        loginAs("admin");
        UI.getCurrent().navigate("enterprises/import");
        _get(LibraryImportView.class);
        for (String user : List.of("officer1", "leader")) {
            loginAs(user);
            UI.getCurrent().navigate("enterprises");
            assertThat(_get(EnterpriseLibraryView.class).importEnterprises.isVisible())
                    .as(user)
                    .isFalse();
            UI.getCurrent().navigate("enterprises/import");
            _get(NotFoundView.class);
        }
    }

    @Test
    void theTemplateOffersAmountsIn万元AndSaysThatAKnownCreditCodeUpdatesItsFirm() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeTemplate(definitions.require("enterprises"), AppLocales.CHINESE, out);
        Path template = Files.write(dir.resolve("template.xlsx"), out.toByteArray());

        List<String> headers = Workbooks.read(template, 0).get(0);
        assertThat(headers)
                .contains("统一社会信用代码*", "企业名称*", "所属产业*", "所在链节点*", "梯度资质", "认定/入库日期", "年度")
                .contains("营业收入（万元）", "税收（万元）", "研发投入（万元）", "发明专利", "软件著作权")
                .doesNotContain("营业收入（元）", "营业收入");
        String instructions = String.join(
                "\n",
                Workbooks.read(template, 1).stream()
                        .map(row -> String.join(" ", row))
                        .toList());
        assertThat(instructions).contains("信用代码已在企业库中的：按本行更新该企业").contains("未注明单位的列不予导入");
    }
}

package com.chainleads.tour;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@BrowserTest
class TourBrowserIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTour() {
        jdbc.update("delete from tour where name = '浏览器测试观摩'");
    }

    @Test
    void onAPhoneTheTourFormStacksItsFieldsEachAsWideAsTheScreen() {
        page.setViewportSize(390, 844);
        login("leader", "demo123");
        page.navigate(url("tours"));
        page.locator("vaadin-button:has-text('新建观摩')").click();
        assertThat(page.locator("vaadin-date-picker")).isVisible();

        var name = page.locator("vaadin-text-field:has-text('观摩名称')").boundingBox();
        var day = page.locator("vaadin-date-picker").boundingBox();
        assertThat(day.y).as("the day under the name").isGreaterThanOrEqualTo(name.y + name.height - 1);
        assertThat(day.x).isEqualTo(name.x);
        assertThat(day.width).isEqualTo(name.width);
        assertThat(name.x + name.width).as("within the screen").isLessThanOrEqualTo(390);
        screenshot("tour-form-phone");
    }

    @Test
    void aLeaderPlansATourDownloadsTheBookletWithAPagePerProjectEntersScoresAndSeesTheRanking() throws Exception {
        login("leader", "demo123");
        page.navigate(url("tours"));
        page.locator("vaadin-button:has-text('新建观摩')").click();
        assertThat(page.locator("vaadin-date-picker")).isVisible();
        var name = page.locator("vaadin-text-field:has-text('观摩名称')").boundingBox();
        var day = page.locator("vaadin-date-picker").boundingBox();
        assertThat(day.y).as("on a wide screen the day sits beside the name").isEqualTo(name.y);
        assertThat(day.x).isGreaterThan(name.x + name.width - 1);
        page.locator("vaadin-text-field:has-text('观摩名称') input").fill("浏览器测试观摩");
        page.locator("vaadin-date-picker input").fill("2026/12/18");
        page.keyboard().press("Enter");
        page.locator("vaadin-button:has-text('保存')").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/tours/\\d+$"));

        page.locator("vaadin-button:has-text('添加项目')").click();
        page.locator("vaadin-checkbox:has-text('1亿')").click();
        Locator add = page.locator("vaadin-button.cl-pick-add:not([disabled])");
        for (int i = 0; i < 2; i++) {
            add.first().click();
            assertThat(page.locator("vaadin-button.cl-pick-add[disabled]")).hasCount(i + 1);
        }
        page.locator("vaadin-button:has-text('完成')").click();
        List<String> projects = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("项目|基地|工程|中心")))
                .allTextContents();
        assertThat(projects).isNotEmpty();

        page.locator("vaadin-tab:has-text('观摩团')").click();
        page.locator("vaadin-text-field:has-text('姓名') input").fill("张书记");
        page.locator("vaadin-text-field:has-text('职务') input").fill("区委书记");
        page.locator("vaadin-button:has-text('添加成员')").click();
        assertThat(page.locator("vaadin-grid-cell-content:has-text('区委书记')")).hasCount(1);

        page.locator("vaadin-tab:has-text('评分录入')").click();
        page.locator("vaadin-select").last().click();
        page.locator("vaadin-select-overlay vaadin-select-item:has-text('张书记')").click();
        Locator fields = page.locator("vaadin-big-decimal-field input");
        assertThat(fields).hasCount(8); // two projects × four criteria
        for (int i = 0; i < 8; i++) {
            fields.nth(i).fill(i < 4 ? "90" : "70");
        }
        page.locator("vaadin-button:has-text('保存评分')").click();
        page.locator("vaadin-tab:has-text('红黑榜')").click();
        assertThat(page.locator("vaadin-grid-cell-content:has-text('90.00')")).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content:has-text('70.00')")).hasCount(1);
        screenshot("tour-ranking");

        Download download = page.waitForDownload(
                () -> page.locator("a.cl-download:has-text('观摩手册')").click());
        assertThat(download.suggestedFilename()).endsWith(".docx");
        try (InputStream in = Files.newInputStream(download.path());
                XWPFDocument booklet = new XWPFDocument(in)) {
            List<String> headings = booklet.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(text -> text.startsWith("第 "))
                    .toList();
            assertThat(headings).hasSize(2);
            assertThat(headings.get(0)).startsWith("第 1 站");
            assertThat(headings.get(1)).startsWith("第 2 站");
        }
    }
}

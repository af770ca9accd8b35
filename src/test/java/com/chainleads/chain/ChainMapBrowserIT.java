package com.chainleads.chain;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** The industry map in a real browser: ECharts draws the chain, a click opens the panel, tooltips stay text. */
@BrowserTest
@ActiveProfiles({"test", "fake-leads"})
class ChainMapBrowserIT extends BrowserJourney {

    private static final String EVIL = "<img src=x onerror=alert(1)>";

    @Autowired
    ChainLinkRepository links;

    @Autowired
    SectorRepository sectors;

    /** Waits until the chart element has drawn an option with nodes, then returns the names of the link nodes. */
    @SuppressWarnings("unchecked")
    private List<String> drawnLinkNames() {
        page.waitForFunction(
                "() => { const el = document.querySelector('cl-echart');"
                        + " return el && el.chart && el.chart.getOption() && el.chart.getOption().series[0].data.length > 0; }");
        page.waitForTimeout(300); // a phone layout re-renders once the window size is known
        return (List<String>) page.evaluate("() => document.querySelector('cl-echart').chart.getOption().series[0].data"
                + ".filter(d => String(d.id).startsWith('link-')).map(d => d.name)");
    }

    /** Clicks a node where ECharts drew it (convertToPixel), as a user would. */
    private void clickNode(String name) {
        Map<String, Object> point = nodePosition(name);
        page.mouse().click(((Number) point.get("x")).doubleValue(), ((Number) point.get("y")).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> nodePosition(String name) {
        return (Map<String, Object>) page.evaluate(
                "name => { const el = document.querySelector('cl-echart');"
                        + " const item = el.chart.getOption().series[0].data.find(d => d.name === name);"
                        + " const p = el.chart.convertToPixel({seriesIndex: 0}, item.value);"
                        + " const r = el.getBoundingClientRect(); return {x: r.left + p[0], y: r.top + p[1]}; }",
                name);
    }

    private List<String> linkNamesOfSector(String code) {
        long sectorId = sectors.findByCode(code).orElseThrow().getId();
        return links.findBySectorIdOrderBySortOrderAsc(sectorId).stream()
                .map(ChainLink::getNameZh)
                .toList();
    }

    @Test
    void aLeaderOpensASectorClicksAGapAndSeesItsLeadsByStage() {
        login("leader", "demo123");
        page.navigate(url("chain-map?sector=ELECTRONIC_INFORMATION"));

        assertThat(drawnLinkNames()).containsExactlyInAnyOrderElementsOf(linkNamesOfSector("ELECTRONIC_INFORMATION"));
        assertThat(page.locator(".cl-map-legend")).containsText("补链");
        clickNode("晶圆制造");

        Locator panel = page.locator(".cl-map-panel");
        assertThat(panel).isVisible();
        assertThat(panel.locator(".cl-map-panel-title")).hasText("晶圆制造");
        assertThat(panel.locator(".cl-map-stage")).hasCount(3);
        assertThat(panel.locator("a[href='leads/9001']")).containsText("12英寸特色工艺晶圆制造项目");
        screenshot("chain-map-electronics-panel");

        panel.locator("vaadin-button", new Locator.LocatorOptions().setHasText("查看线索"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/leads\\?link=EI_FAB$"));
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/chain-map\\?sector=ELECTRONIC_INFORMATION$"));
    }

    @Test
    void theSectorTabsChangeTheAddressAndTheBackButtonReturns() {
        login("officer1", "demo123");
        page.navigate(url("chain-map"));
        assertThat(drawnLinkNames()).hasSizeGreaterThan(60);
        assertThat(page.locator(".cl-sector-card")).hasCount(5);
        screenshot("chain-map-overview");

        assertThat(page.locator("h1.cl-view-title")).hasText("产业图谱");
        page.locator("vaadin-tab[data-sector=NEW_MATERIALS]").click();
        assertThat(page).hasURL(Pattern.compile(".*/chain-map\\?sector=NEW_MATERIALS$"));
        assertThat(page.locator("h1.cl-view-title")).hasText("产业图谱 · 新材料");
        page.waitForCondition(() -> drawnLinkNames().contains("稀土"));
        assertThat(drawnLinkNames()).containsExactlyInAnyOrderElementsOf(linkNamesOfSector("NEW_MATERIALS"));

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/chain-map$"));
        assertThat(page.locator("vaadin-tab[selected]")).hasText("全景");
        assertThat(page.locator("h1.cl-view-title")).hasText("产业图谱");
        page.locator("vaadin-tab[data-sector=BIOMEDICINE]").click();
        assertThat(page.locator("h1.cl-view-title")).hasText("产业图谱 · 生物医药");
    }

    @Test
    void tooltipsShowMarkupInNamesAsText() {
        ChainLink evil = links.save(new ChainLink(
                sectors.findByCode("CULTURAL_TOURISM").orElseThrow(),
                "CT_XSS_" + System.nanoTime() % 100000,
                EVIL,
                EVIL,
                ChainTier.DOWNSTREAM,
                99));
        try {
            AtomicBoolean dialog = new AtomicBoolean();
            page.onDialog(d -> {
                dialog.set(true);
                d.dismiss();
            });
            login("leader", "demo123");
            page.navigate(url("chain-map?sector=CULTURAL_TOURISM"));
            assertThat(drawnLinkNames()).contains(EVIL);

            Map<String, Object> point = nodePosition(EVIL);
            page.mouse().move(((Number) point.get("x")).doubleValue(), ((Number) point.get("y")).doubleValue());
            page.waitForTimeout(600);
            Object tooltip = page.evaluate("() => { const el = document.querySelector('cl-echart');"
                    + " const tip = [...el.querySelectorAll('div')].find(d => d.textContent.includes('onerror'));"
                    + " return tip ? {text: tip.textContent, images: tip.querySelectorAll('img').length} : null; }");
            assertThat(tooltip).isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> tip = (Map<String, Object>) tooltip;
            assertThat((String) tip.get("text")).contains(EVIL);
            assertThat(((Number) tip.get("images")).intValue()).isZero();

            // a string template in an option is escaped as well
            page.evaluate(
                    "evil => { const el = document.querySelector('cl-echart');"
                            + " el.optionJson = JSON.stringify({tooltip: {trigger: 'item', formatter: '{b}: {c}'},"
                            + " series: [{type: 'pie', data: [{name: evil, value: 1}]}]});"
                            + " el.chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0}); }",
                    EVIL);
            page.waitForTimeout(400);
            Object images = page.evaluate("() => document.querySelector('cl-echart').querySelectorAll('img').length");
            assertThat(((Number) images).intValue()).isZero();
            assertThat(dialog).isFalse();
        } finally {
            links.delete(evil);
        }
    }

    @Test
    void onAPhoneThePanelIsASheetAtTheBottom() {
        page.setViewportSize(390, 800);
        login("leader", "demo123");
        page.navigate(url("chain-map?sector=BIOMEDICINE"));
        assertThat(drawnLinkNames()).contains("CDMO");
        page.waitForTimeout(500);
        clickNode("CDMO");

        Locator panel = page.locator(".cl-map-panel");
        assertThat(panel).isVisible();
        assertThat(panel.locator(".cl-map-panel-title")).hasText("CDMO");
        assertThat(panel.boundingBox().y + panel.boundingBox().height).isBetween(790.0, 801.0);
        screenshot("chain-map-phone-panel");
    }

    @Test
    void theMapFollowsTheLanguage() {
        login("officer3", "demo123");
        page.navigate(url("chain-map?sector=INTELLIGENT_MANUFACTURING"));
        drawnLinkNames();
        page.locator(".cl-language-switch").click();
        page.waitForCondition(() -> drawnLinkNames().contains("Precision reducers"));
        assertThat(page.locator("cl-echart")).hasAttribute("locale", "EN");
        assertThat(page.locator(".cl-map-legend")).containsText("Gap: no local enterprise");
        screenshot("chain-map-english");
        page.locator(".cl-language-switch").click(); // officer3 stays Chinese
        page.waitForCondition(() -> drawnLinkNames().contains("精密减速器"));
    }

    /** Whether ECharts' tooltip box of the map is showing. */
    private boolean tooltipShown() {
        return (Boolean) page.evaluate("() => [...document.querySelector('cl-echart').querySelectorAll('div')]"
                + ".some(d => d.style.zIndex === '9999999' && getComputedStyle(d).visibility !== 'hidden'"
                + " && Number(getComputedStyle(d).opacity) > 0 && d.textContent.trim() !== '')");
    }

    @Test
    void theTooltipGoesAwayWhenALinkIsClicked() {
        login("leader", "demo123");
        page.navigate(url("chain-map?sector=ELECTRONIC_INFORMATION"));
        drawnLinkNames();
        Map<String, Object> point = nodePosition("晶圆制造");
        double x = ((Number) point.get("x")).doubleValue();
        double y = ((Number) point.get("y")).doubleValue();
        page.mouse().move(x - 3, y - 3);
        page.mouse().move(x, y);
        page.waitForCondition(this::tooltipShown);

        page.mouse().click(x, y);
        assertThat(page.locator(".cl-map-panel")).isVisible();
        page.waitForTimeout(800); // ECharts hides its tooltip with a short transition

        assertThat(tooltipShown()).as("tooltip over the opened panel").isFalse();
        screenshot("chain-map-after-click");
    }
}

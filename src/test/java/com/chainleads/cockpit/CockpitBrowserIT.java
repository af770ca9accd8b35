package com.chainleads.cockpit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@BrowserTest
class CockpitBrowserIT extends BrowserJourney {

    @SuppressWarnings("unchecked")
    private List<String> seriesTypes(String chart) {
        return (List<String>) page.evaluate("chart => document.querySelector(`cl-echart[data-chart=${chart}]`)"
                + ".chart.getOption().series.map(s => s.type)", chart);
    }

    private Number dataLength(String chart) {
        return (Number) page.evaluate("chart => document.querySelector(`cl-echart[data-chart=${chart}]`)"
                + ".chart.getOption().series[0].data.length", chart);
    }

    @Test
    void theLeaderLandsOnTheCockpitSeesKpisAndChartsAndDrillsIntoTheLeads() {
        login("leader", "demo123");
        assertThat(page).hasURL(Pattern.compile(".*/cockpit.*"));

        Locator active = page.locator("[data-kpi=activeLeads] .cl-kpi-value");
        assertThat(active).hasText(Pattern.compile("\\d+"));
        int activeLeads = Integer.parseInt(active.textContent().strip());
        assertThat(activeLeads).isPositive();

        page.waitForFunction("() => document.querySelectorAll('cl-echart').length === 6 && "
                + "[...document.querySelectorAll('cl-echart')].every(e => e.chart && e.chart.getOption())");
        assertThat(seriesTypes("bySector")).containsExactly("bar", "line");
        assertThat(dataLength("bySector").intValue()).isEqualTo(5);
        assertThat(seriesTypes("funnel")).containsExactly("funnel");
        assertThat(dataLength("funnel").intValue()).isEqualTo(9);
        assertThat(seriesTypes("trend")).containsExactly("line", "line");
        assertThat(dataLength("trend").intValue()).isEqualTo(12);
        assertThat(seriesTypes("byRegion")).containsExactly("pie");
        assertThat(page.locator("vaadin-grid").first()).isVisible();
        screenshot("cockpit");

        // a KPI card opens the lead list with the same leads
        page.locator("[data-kpi=activeLeads]").click();
        assertThat(page).hasURL(Pattern.compile(".*/leads\\?.*stage=.*"));
        assertThat(page.locator(".cl-lead-summary")).containsText("共 " + activeLeads + " 条线索");

        // a bar of the sector chart opens that sector's active leads
        page.goBack();
        page.waitForFunction("() => { const e = document.querySelector('cl-echart[data-chart=bySector]');"
                + " return e && e.chart && e.chart.getOption().series; }");
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate("() => { const e = document.querySelector("
                + "'cl-echart[data-chart=bySector]'); const r = e.getBoundingClientRect();"
                + " const value = e.chart.getOption().series[0].data[1].value;"
                + " const [x, y] = e.chart.convertToPixel({seriesIndex: 0}, [1, value]);"
                + " return [r.left + x, r.top + y + 8]; }");
        page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
        assertThat(page).hasURL(Pattern.compile(".*/leads\\?.*sector=ELECTRONIC_INFORMATION.*"));
    }
}

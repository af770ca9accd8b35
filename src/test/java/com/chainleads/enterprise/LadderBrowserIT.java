package com.chainleads.enterprise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStandingRepository;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@BrowserTest
class LadderBrowserIT extends BrowserJourney {

    @Autowired
    EnterpriseStandingRepository standings;

    @Test
    void theLeaderClicksTheFunnelsHighTechStepFindsAFirmAndSeesWhatItLacksForTheNextTier() {
        // a 高新 firm that still misses something for 专精特新, the rung above
        StandingRow firm = standings.candidates(null, CultivationTier.SPECIALIZED, PageRequest.of(0, 400)).stream()
                .filter(row -> row.criteriaMissing() > 0)
                .findFirst()
                .orElseThrow();

        login("leader", "demo123");
        page.navigate(url("ladder"));
        Map<String, Object> step = funnelStep(CultivationTier.HIGH_TECH);
        page.mouse().click(((Number) step.get("x")).doubleValue(), ((Number) step.get("y")).doubleValue());

        assertThat(page).hasURL(Pattern.compile(".*/enterprises\\?.*tier=HIGH_TECH.*"));
        page.locator(".cl-toolbar vaadin-text-field input").fill(firm.name());
        page.locator(".cl-toolbar vaadin-text-field input").press("Enter");
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(firm.name()))
                .first()
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/enterprises/" + firm.enterpriseId() + ".*"));
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("培育与积分"))
                .click();
        Locator missing = page.locator(".cl-criterion-missing");
        assertThat(missing).hasCount(firm.criteriaMissing());
        assertThat(missing.first()).containsText("差");
        assertThat(page.locator(".cl-criterion-met")).hasCount(firm.criteriaMet());
        screenshot("ladder-funnel-firm");
    }

    /** Where the funnel draws a tier's step, from ECharts' own layout of the item. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> funnelStep(CultivationTier tier) {
        page.waitForCondition(() -> (Boolean)
                page.evaluate("() => { const el = document.querySelector('cl-echart'); return !!(el && el.chart"
                        + " && el.chart.getOption() && el.chart.getOption().series.length); }"));
        return (Map<String, Object>) page.evaluate(
                "id => { const el = document.querySelector('cl-echart');"
                        + " const data = el.chart.getModel().getSeriesByIndex(0).getData();"
                        + " let index = -1; for (let i = 0; i < data.count(); i++) { if (data.getId(i) === id) index = i; }"
                        + " const points = data.getItemLayout(index).points;"
                        + " const x = points.reduce((s, p) => s + p[0], 0) / points.length;"
                        + " const y = points.reduce((s, p) => s + p[1], 0) / points.length;"
                        + " const r = el.getBoundingClientRect(); return {x: r.left + x, y: r.top + y}; }",
                tier.name());
    }
}

package com.chainleads.enterprise.cultivation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStandingRepository;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.testsupport.BrowserJourney;
import com.chainleads.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@BrowserTest
class CandidatesBrowserIT extends BrowserJourney {

    @Autowired
    EnterpriseStandingRepository standings;

    @Test
    void theLeaderGoesFromTheLadderToTheCandidatesAndSeesAFirmsMissingCriteria() {
        login("leader", "demo123");
        page.navigate(url("ladder"));
        page.locator(".cl-ladder-candidates").click();
        assertThat(page).hasURL(Pattern.compile(".*/ladder/candidates$"));
        assertThat(page.locator("vaadin-grid")).isVisible();

        // the tier whose closest candidate still misses something: its list leads with that firm
        StandingRow closest = Arrays.stream(CultivationTier.values())
                .map(tier -> standings.candidates(null, tier, PageRequest.of(0, 1)))
                .filter(rows -> !rows.isEmpty() && rows.get(0).criteriaMissing() > 0)
                .map(rows -> rows.get(0))
                .findFirst()
                .orElseThrow();
        page.navigate(url("ladder/candidates?tier=" + closest.nextTier().name()));
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(closest.name()))
                .first()
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/enterprises/" + closest.enterpriseId() + "\\?tab=cultivation"));
        Locator missing = page.locator(".cl-criterion-missing");
        assertThat(missing).hasCount(closest.criteriaMissing());
        assertThat(missing.first()).containsText("差");
        assertThat(page.locator(".cl-criterion-met")).hasCount(closest.criteriaMet());
        screenshot("candidates-firm");
    }
}

package com.chainleads.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.chart.ChartClickEvent;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.service.Ladder;
import com.chainleads.enterprise.service.LadderService;
import com.chainleads.testsupport.KaribuTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LadderViewTest extends KaribuTest {

    @Autowired
    LadderService ladders;

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static List<JsonNode> funnelItems(LadderView view) {
        List<JsonNode> items = new ArrayList<>();
        view.funnel.getOption().orElseThrow().json().at("/series/0/data").forEach(items::add);
        return items;
    }

    @Test
    void theDistrictFunnelShowsTheHoldersOfEachTierFromTheBottomRungUp() {
        loginAs("leader");
        UI.getCurrent().navigate("ladder");
        LadderView view = _get(LadderView.class);
        Ladder ladder = ladders.ladder(null);

        List<JsonNode> items = funnelItems(view);
        assertThat(items)
                .extracting(item -> item.get("id").asText())
                .containsExactly("TECH_SME", "HIGH_TECH", "SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION");
        assertThat(items)
                .extracting(item -> item.get("value").asLong())
                .containsExactlyElementsOf(
                        ladder.steps().stream().map(Ladder.Step::holders).toList());
        assertThat(items.get(0).get("name").asText()).isEqualTo("科技型中小企业");
        assertThat(view.coverageText.getText())
                .contains(ladder.coverage().percent().toPlainString() + "%");
        assertThat(view.platformsText.getText()).contains(String.valueOf(ladder.platforms()));
        assertThat(GridKt._size(view.expiring))
                .isEqualTo((int) ladders.expiring(null, org.springframework.data.domain.PageRequest.of(0, 1))
                        .getTotalElements());
    }

    @Test
    void aSectorTabShowsThatSectorsLadderAndAStepOpensTheLibrary() {
        loginAs("officer1");
        UI.getCurrent().navigate("ladder", QueryParameters.of("sector", "BIOMEDICINE"));
        LadderView view = _get(LadderView.class);

        assertThat(view.sectorTabs.getSelectedIndex()).isEqualTo(4);
        long sectorHighTech = ladders.ladder(view.shownSectorId())
                .step(CultivationTier.HIGH_TECH)
                .holders();
        assertThat(funnelItems(view).get(1).get("value").asLong())
                .isEqualTo(sectorHighTech)
                .isLessThan(ladders.ladder(null).step(CultivationTier.HIGH_TECH).holders());

        ComponentUtil.fireEvent(
                view.funnel, new ChartClickEvent(view.funnel, true, "funnel", 0, "node", "x", 1, "HIGH_TECH"));
        var opened = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(opened.getPath()).isEqualTo("enterprises");
        assertThat(opened.getQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of("sector", List.of("BIOMEDICINE"), "tier", List.of("HIGH_TECH")));
    }

    @Test
    void anUnknownSectorFallsBackToTheDistrict() {
        loginAs("leader");
        UI.getCurrent().navigate("ladder", QueryParameters.of("sector", "NOPE"));

        assertThat(location()).isEqualTo("ladder");
        assertThat(_get(LadderView.class).sectorTabs.getSelectedIndex()).isZero();
    }
}

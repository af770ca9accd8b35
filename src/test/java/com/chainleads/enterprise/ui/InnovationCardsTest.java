package com.chainleads.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.cockpit.ui.CockpitView;
import com.chainleads.enterprise.service.Ladder;
import com.chainleads.enterprise.service.LadderService;
import com.chainleads.testsupport.KaribuTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cockpit's 科技创新 row, which the enterprise library contributes through the cockpit's CockpitRow. */
class InnovationCardsTest extends KaribuTest {

    @Autowired
    LadderService ladders;

    private static Div card(String key) {
        return _find(Div.class).stream()
                .filter(d -> ("innovation-" + key).equals(d.getElement().getAttribute("data-kpi")))
                .findFirst()
                .orElseThrow();
    }

    private static String figure(Div card) {
        return card.getChildren()
                .map(c -> (Span) c)
                .filter(s -> s.hasClassName("cl-kpi-value"))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    @Test
    void theCockpitShowsTheDistrictsInnovationFiguresAndEachCardOpensTheLibrary() {
        loginAs("leader");
        UI.getCurrent().navigate("cockpit");
        _get(CockpitView.class);
        Ladder district = ladders.ladder(null);

        assertThat(figure(card("platforms"))).isEqualTo(String.valueOf(district.platforms()));
        assertThat(figure(card("HIGH_TECH")))
                .isEqualTo(
                        String.valueOf(district.step(CultivationTier.HIGH_TECH).holders()));
        assertThat(figure(card("TECH_SME")))
                .isEqualTo(
                        String.valueOf(district.step(CultivationTier.TECH_SME).holders()));
        assertThat(figure(card("aboveScale")))
                .isEqualTo(String.valueOf(district.coverage().aboveScale()));

        ComponentUtil.fireEvent(card("LITTLE_GIANT"), new ClickEvent<>(card("LITTLE_GIANT")));
        var opened = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(opened.getPath()).isEqualTo("enterprises");
        assertThat(opened.getQueryParameters().getParameters()).isEqualTo(Map.of("tier", List.of("LITTLE_GIANT")));
    }

    @Test
    void oneSectorOnTheCockpitShowsThatSectorsFigures() {
        loginAs("leader");
        UI.getCurrent().navigate("cockpit", QueryParameters.of("sector", "BIOMEDICINE"));
        _get(CockpitView.class);

        long biomedicine = ladders.ladder(4L).step(CultivationTier.HIGH_TECH).holders();
        assertThat(figure(card("HIGH_TECH"))).isEqualTo(String.valueOf(biomedicine));
        ComponentUtil.fireEvent(card("aboveScale"), new ClickEvent<>(card("aboveScale")));
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(Map.of("sector", List.of("BIOMEDICINE"), "scale", List.of("1")));
    }
}

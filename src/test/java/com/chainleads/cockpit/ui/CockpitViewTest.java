package com.chainleads.cockpit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.cockpit.service.Supervision;
import com.chainleads.lead.ui.LeadListView;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class CockpitViewTest extends KaribuTest {

    @Test
    void aSupervisionCountIsDrawnInTheBrowserAndOpensTheLeadsItCounts() {
        loginAs("leader");
        navigate("cockpit");
        CockpitView view = _get(CockpitView.class);
        List<Supervision> rows = _fetch(view.supervision, 0, _size(view.supervision));
        Supervision overdue = rows.stream()
                .filter(row -> row.counts().overdue() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has overdue leads"));
        Grid.Column<Supervision> column = view.supervision.getColumnByKey("overdue");
        assertThat(LitRenderers.properties(column, overdue))
                .containsEntry("count", overdue.counts().overdue())
                .containsEntry("tone", "error");
        assertThat(LitRenderers.properties(view.supervision.getColumnByKey("stale"), overdue))
                .containsEntry("tone", "contrast");

        LitRenderers.call(column, "open", overdue);

        assertThat(_get(LeadListView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("leads?" + new QueryParameters(overdue.overdue().toParameters()).getQueryString());
    }

    @Test
    void anUnknownSectorOrUnitIsIgnoredSaidSoAndNoFigureIsShownForIt() {
        loginAs("leader");
        navigate("cockpit");
        String allActive = activeLeads(_get(CockpitView.class));
        assertThat(Long.parseLong(allActive))
                .as("the demo data has active leads")
                .isPositive();

        for (String asked : List.of("sector=FOO", "unit=BAR")) {
            navigate("cockpit?" + asked);

            CockpitView view = _get(CockpitView.class);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                    .as(asked)
                    .isEqualTo("cockpit");
            assertThat(view.sectors.getValue()).isEmpty();
            assertThat(view.unit.getValue()).isNull();
            assertThat(activeLeads(view)).as(asked).isEqualTo(allActive);
            String value = asked.substring(asked.indexOf('=') + 1);
            assertThat(com.chainleads.testsupport.Notices.texts())
                    .as(asked)
                    .anySatisfy(n -> assertThat(n).contains("“" + value + "”").contains("已显示全部"));
            NotificationsKt.clearNotifications();
        }
    }

    @Test
    void aKnownSectorBesideAnUnknownOneStaysInTheBoxesAndTheAddress() {
        loginAs("leader");
        navigate("cockpit?sector=NEW_MATERIALS,FOO&unit=invest_1");
        CockpitView view = _get(CockpitView.class);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(java.util.Map.of("sector", List.of("NEW_MATERIALS"), "unit", List.of("INVEST_1")));
        assertThat(view.sectors.getValue()).extracting(s -> s.code()).containsExactly("NEW_MATERIALS");
        assertThat(view.unit.getValue().code()).isEqualTo("INVEST_1");
        assertThat(com.chainleads.testsupport.Notices.texts().get(0)).isEqualTo("未找到产业“FOO”，已显示全部。");
    }

    private static String activeLeads(CockpitView view) {
        return _find(view.kpiCards, Span.class, spec -> spec.withClasses("cl-kpi-value"))
                .get(0)
                .getText();
    }
}

package com.chainleads.cockpit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.cockpit.service.Supervision;
import com.chainleads.lead.ui.LeadListView;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
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
        Supervision overdue = rows.stream().filter(row -> row.counts().overdue() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has overdue leads"));
        Grid.Column<Supervision> column = view.supervision.getColumnByKey("overdue");
        assertThat(LitRenderers.properties(column, overdue)).containsEntry("count", overdue.counts().overdue())
                .containsEntry("tone", "error");
        assertThat(LitRenderers.properties(view.supervision.getColumnByKey("stale"), overdue))
                .containsEntry("tone", "contrast");

        LitRenderers.call(column, "open", overdue);

        assertThat(_get(LeadListView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("leads?" + new QueryParameters(overdue.overdue().toParameters()).getQueryString());
    }
}

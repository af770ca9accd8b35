package com.chainleads.lead.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.Money;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTotals;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.SignIn;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LeadListViewTest extends KaribuTest {

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    SignIn signIn;

    private static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void aBookmarkedFilterFillsTheFiltersAndTheGridShowsOnlyMatchingLeads() {
        loginAs("leader");
        navigate("leads?sector=ELECTRONIC_INFORMATION&stage=NEGOTIATING&min=10000");

        LeadListView view = _get(LeadListView.class);
        assertThat(view.filterBar.sectors.getValue()).extracting(s -> s.code()).containsExactly("ELECTRONIC_INFORMATION");
        assertThat(view.filterBar.stages.getValue()).containsExactly(LeadStage.NEGOTIATING);
        assertThat(view.filterBar.minInvestment.getValue()).isEqualByComparingTo("10000");

        LeadFilter filter = LeadFilter.NONE.withSectors(Set.of("ELECTRONIC_INFORMATION"))
                .withStages(Set.of(LeadStage.NEGOTIATING)).withInvestment(new BigDecimal("10000"), null);
        LeadTotals totals = signIn.as("leader", () -> queries.totals(filter));
        assertThat(totals.count()).as("the demo data has such leads").isPositive();
        assertThat(_size(view.grid)).isEqualTo((int) totals.count());
        assertThat(_fetch(view.grid, 0, _size(view.grid))).allSatisfy(row -> {
            assertThat(row.sectorCode()).isEqualTo("ELECTRONIC_INFORMATION");
            assertThat(row.stage()).isEqualTo(LeadStage.NEGOTIATING);
            assertThat(row.totalInvestment()).isGreaterThanOrEqualTo(new BigDecimal("10000"));
        });
        assertThat(view.summary.getText()).contains(String.valueOf(totals.count()))
                .contains(Money.format(totals.totalInvestment(), java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void changingAFilterPutsItIntoTheUrl() {
        loginAs("leader");
        navigate("leads");
        LeadListView view = _get(LeadListView.class);

        _setValue(view.filterBar.stages, Set.of(LeadStage.SIGNED));

        assertThat(currentLocation()).isEqualTo("leads?stage=SIGNED");
        view = _get(LeadListView.class); // the browser keeps the instance; Karibu's instantiator makes a new one
        assertThat(_fetch(view.grid, 0, _size(view.grid))).extracting(LeadRow::stage).containsOnly(LeadStage.SIGNED);

        _setValue(view.filterBar.text, "精密");
        assertThat(currentLocation()).contains("stage=SIGNED").contains("q=");
    }

    @Test
    void clearingTheFiltersShowsAllVisibleLeadsAgain() {
        loginAs("leader");
        navigate("leads?stage=LOST");
        LeadListView view = _get(LeadListView.class);
        int lost = _size(view.grid);

        view.filterBar.clear.click();

        assertThat(currentLocation()).isEqualTo("leads");
        view = _get(LeadListView.class);
        assertThat(_size(view.grid)).isGreaterThan(lost);
        assertThat(_size(view.grid)).isEqualTo((int) (long) signIn.as("leader", () -> queries.count(LeadFilter.NONE)));
    }

    @Test
    void anOfficerSeesOnlyTheirUnitsLeadsInTheList() {
        loginAs("officer2");
        navigate("leads");
        LeadListView view = _get(LeadListView.class);
        assertThat(_fetch(view.grid, 0, _size(view.grid))).extracting(LeadRow::unitNameZh).containsOnly("招商二科");
        assertThat(view.newLead.isVisible()).isTrue();
    }

    @Test
    void leadersCannotCreateLeads() {
        loginAs("leader");
        navigate("leads");
        assertThat(_get(LeadListView.class).newLead.isVisible()).isFalse();
    }
}

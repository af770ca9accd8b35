package com.chainleads.lead.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case 9 of the hardening issue through the list view: filter values typed into the address bar and sort keys
 * sent to the grid's data provider carry SQL, which has no effect.
 */
class LeadListInjectionTest extends KaribuTest {

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    SignIn signIn;

    private LeadListView open(Map<String, String> parameters) {
        UI.getCurrent().navigate(LeadListView.class, QueryParameters.simple(parameters));
        return _get(LeadListView.class);
    }

    private long all() {
        return signIn.as("leader", () -> queries.count(LeadFilter.NONE));
    }

    @Test
    void sqlInTheAddressBarsFilterValuesMatchesNothing() {
        loginAs("leader");
        assertThat(all()).isPositive();
        for (Map<String, String> parameters : List.of(
                Map.of("q", "' OR 1=1 --"),
                Map.of("q", "%' OR '1'='1"),
                Map.of("q", "\\"),
                Map.of("sector", "x' OR '1'='1"),
                Map.of("link", "1 OR 1=1"),
                Map.of("unit", "' OR ''='"),
                Map.of("owner", "officer1' --"),
                Map.of("stage", "SIGNED' OR 1=1 --,NEGOTIATING"))) {
            LeadListView view = open(parameters);
            // a sector, link, unit or owner that names nothing is dropped before any query, said so and taken out of
            // the address (issue 13, point 2): the list shows what the (empty) boxes show, all leads
            boolean named = parameters.keySet().stream().anyMatch(List.of("sector", "link", "unit", "owner")::contains);
            long expected = parameters.containsKey("stage")
                    ? signIn.as(
                            "leader",
                            () -> queries.count(LeadFilter.fromParameters(Map.of("stage", List.of("NEGOTIATING")))))
                    : named ? all() : 0;
            assertThat(_size(view.grid)).as("%s", parameters).isEqualTo((int) expected);
            if (expected == 0) {
                assertThat(view.summary.getText()).as("%s", parameters).startsWith("共 0 条线索");
            }
            if (named) {
                String value = parameters.values().iterator().next();
                assertThat(com.chainleads.testsupport.Notices.texts())
                        .as("%s", parameters)
                        .anySatisfy(text -> assertThat(text).contains("“" + value + "”"));
                assertThat(UI.getCurrent()
                                .getInternals()
                                .getActiveViewLocation()
                                .getPathWithQueryParameters())
                        .isEqualTo("leads");
                com.chainleads.testsupport.Notices.clear();
            }
        }
    }

    @Test
    void unparseableNumbersAndDatesInTheAddressAreIgnoredNotInterpreted() {
        loginAs("leader");
        LeadListView view = open(Map.of("min", "0 OR 1=1", "reportedFrom", "2026-01-01' OR '1'='1", "hot", "true' --"));
        assertThat(_size(view.grid)).isEqualTo((int) all());
        assertThat(view.filterBar.moreFilters().minInvestment.getValue()).isNull();
    }

    @Test
    void theOfficersUnitStillBoundsAListWhoseAddressTriesToWidenIt() {
        loginAs("officer2");
        LeadListView view = open(Map.of("unit", "INVEST_1' OR '1'='1", "q", "' OR 1=1 --"));
        assertThat(_size(view.grid)).isZero();
        assertThat(_size(open(Map.of("unit", "INVEST_1")).grid))
                .as("another unit's leads by its code")
                .isZero();
        view = open(Map.of("q", "%"));
        assertThat(_size(view.grid)).isZero();
        view = open(Map.of());
        assertThat(_size(view.grid)).isPositive();
        assertThat(_fetch(view.grid, 0, _size(view.grid)))
                .extracting(LeadRow::unitNameZh)
                .containsOnly("招商二科");
    }

    @Test
    void sortKeysOutsideTheAllowlistAreIgnoredByTheGridsDataProvider() {
        loginAs("leader");
        LeadListView view = open(Map.of());
        var dataProvider = view.grid.getDataProvider();
        List<QuerySortOrder> hostile = List.of(
                new QuerySortOrder("id; DROP TABLE investment_lead; --", SortDirection.ASCENDING),
                new QuerySortOrder("(select password_hash from app_user limit 1)", SortDirection.DESCENDING),
                new QuerySortOrder("totalInvestment", SortDirection.ASCENDING));
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<LeadRow> rows = ((com.vaadin.flow.data.provider.DataProvider) dataProvider)
                .fetch(new Query<>(0, 20, hostile, null, null))
                .toList();

        assertThat(rows).hasSize(20);
        assertThat(rows)
                .extracting(LeadRow::totalInvestment)
                .isSortedAccordingTo(Comparator.nullsFirst(Comparator.naturalOrder()));
        assertThat(signIn.as("leader", () -> queries.count(LeadFilter.NONE)))
                .as("the table is still there")
                .isEqualTo(all());
    }
}

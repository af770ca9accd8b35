package com.chainleads.coordination.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.coordination.CoordinationTestData;
import com.chainleads.coordination.service.IssueDetails;
import com.chainleads.coordination.service.IssueFilter;
import com.chainleads.coordination.service.IssueRow;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The supervision list (问题督办) at /issues: filters in the address, overdue first, each unit its own. */
class IssueSupervisionViewTest extends KaribuTest {

    @Autowired
    CoordinationTestData data;

    private List<IssueRow> rows(IssueSupervisionView view) {
        int size = _size(view.grid);
        return size == 0 ? List.of() : _fetch(view.grid, 0, size);
    }

    @Test
    void aLeaderOpensTheOverdueIssuesFromTheAddressAndARowOpensTheProject() {
        LeadDetails lead = data.signedLead("officer2");
        IssueDetails late = data.raise("officer2", lead.id(), "用地预审逾期未批");
        IssueDetails inTime = data.raise("officer2", lead.id(), "用地预审按期");
        data.deadline(late.id(), data.today().minusDays(2));

        loginAs("leader");
        navigate("issues?overdue=1");
        IssueSupervisionView view = _get(IssueSupervisionView.class);

        assertThat(view.shownFilter()).isEqualTo(IssueFilter.overdue());
        assertThat(view.overdueOnly.getValue()).isTrue();
        List<IssueRow> rows = rows(view);
        assertThat(rows).allMatch(IssueRow::overdue);
        assertThat(rows).extracting(IssueRow::id).contains(late.id()).doesNotContain(inTime.id());
        IssueRow row =
                rows.stream().filter(r -> r.id() == late.id()).findFirst().orElseThrow();
        assertThat(LitRenderers.properties(view.grid.getColumnByKey("deadline"), row))
                .containsEntry("overdue", true)
                .containsEntry("flag", "逾期 2 天");
        assertThat(view.summary.getText()).isEqualTo("共 " + rows.size() + " 个问题");

        GridKt._clickItem(view.grid, rows.indexOf(row));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("leads/" + lead.id());
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getSingleParameter("tab"))
                .contains("issues");
        assertThat(_get(com.vaadin.flow.component.tabs.TabSheet.class)
                        .getSelectedTab()
                        .getLabel())
                .as("opened on the 问题清单 tab")
                .startsWith("问题清单");
    }

    @Test
    void aFilterChosenOnScreenGoesIntoTheAddress() {
        loginAs("leader");
        navigate("issues");
        _get(IssueSupervisionView.class).overdueOnly.setValue(true);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getQueryString())
                .isEqualTo("overdue=1");

        navigate("issues?overdue=1");
        IssueSupervisionView view = _get(IssueSupervisionView.class);
        view.department.setValue(view.department
                .getListDataView()
                .getItems()
                .filter(d -> d.code().equals("NATURAL_RESOURCES"))
                .findFirst()
                .orElseThrow());

        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getQueryString())
                .contains("overdue=1")
                .contains("department=NATURAL_RESOURCES");
        assertThat(_get(IssueSupervisionView.class).shownFilter())
                .isEqualTo(IssueFilter.overdue().withDepartment("NATURAL_RESOURCES"));
    }

    @Test
    void anOfficerSeesOnlyTheirUnitsIssues() {
        LeadDetails ofUnit2 = data.signedLead("officer2");
        IssueDetails issue = data.raise("officer2", ofUnit2.id(), "二科项目的问题");

        loginAs("officer1");
        navigate("issues");
        assertThat(rows(_get(IssueSupervisionView.class)))
                .extracting(IssueRow::id)
                .doesNotContain(issue.id());

        loginAs("officer5");
        navigate("issues");
        assertThat(rows(_get(IssueSupervisionView.class)))
                .extracting(IssueRow::id)
                .contains(issue.id());
    }
}

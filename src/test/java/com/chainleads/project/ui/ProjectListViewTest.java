package com.chainleads.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.project.ProjectTestData;
import com.chainleads.project.service.ProjectFilter;
import com.chainleads.project.service.ProjectRow;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 项目建设 at /projects: filters in the address, the status light as of today, a row opens the lead. */
class ProjectListViewTest extends KaribuTest {

    @Autowired
    ProjectTestData data;

    private List<ProjectRow> rows(ProjectListView view) {
        int size = _size(view.grid);
        return size == 0 ? List.of() : _fetch(view.grid, 0, size);
    }

    private String query() {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getQueryString();
    }

    @Test
    void aLeaderOpensTheDelayedProjectsFromTheAddressAndARowOpensTheLead() {
        LeadDetails delayed = data.plannedIn("officer1", -5);
        LeadDetails onTime = data.plannedIn("officer1", 5);

        loginAs("leader");
        navigate("projects?status=DELAYED");
        ProjectListView view = _get(ProjectListView.class);

        assertThat(view.shownFilter()).isEqualTo(ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.DELAYED)));
        assertThat(view.status.getValue()).containsExactly(ProjectStatus.DELAYED);
        List<ProjectRow> rows = rows(view);
        assertThat(rows).extracting(ProjectRow::leadId).contains(delayed.id()).doesNotContain(onTime.id());
        ProjectRow row = rows.stream()
                .filter(r -> r.leadId() == delayed.id())
                .findFirst()
                .orElseThrow();
        assertThat(LitRenderers.properties(view.grid.getColumnByKey("status"), row))
                .containsEntry("label", "滞后")
                .containsEntry("theme", "warning");
        assertThat(view.summary.getText()).isEqualTo("共 " + rows.size() + " 个项目");

        GridKt._clickItem(view.grid, rows.indexOf(row));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("leads/" + delayed.id());
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getSingleParameter("tab"))
                .contains("construction");
        assertThat(_get(com.vaadin.flow.component.tabs.TabSheet.class)
                        .getSelectedTab()
                        .getLabel())
                .as("opened on the 项目建设 tab")
                .startsWith("项目建设");
    }

    @Test
    void filtersChosenOnScreenGoIntoTheAddress() {
        loginAs("leader");
        navigate("projects");
        _get(ProjectListView.class).oneYi.setValue(true);
        assertThat(query()).isEqualTo("min=1yi");

        ProjectListView view = _get(ProjectListView.class);
        view.status.setValue(Set.of(ProjectStatus.SEVERELY_DELAYED, ProjectStatus.DELAYED));
        assertThat(query()).contains("min=1yi").contains("status=DELAYED&status=SEVERELY_DELAYED");
        assertThat(_get(ProjectListView.class).shownFilter())
                .isEqualTo(ProjectFilter.NONE
                        .withAtLeastOneYi(true)
                        .withStatuses(Set.of(ProjectStatus.DELAYED, ProjectStatus.SEVERELY_DELAYED)));
    }

    @Test
    void unknownValuesInTheAddressAreDroppedWithANotice() {
        loginAs("leader");
        navigate("projects?status=DELAYED&status=LATE&sector=NOSUCHSECTOR");

        assertThat(query()).isEqualTo("status=DELAYED");
        assertThat(_get(ProjectListView.class).shownFilter())
                .isEqualTo(ProjectFilter.NONE.withStatuses(Set.of(ProjectStatus.DELAYED)));
    }

    @Test
    void anOfficerSeesOnlyTheirUnitsProjects() {
        LeadDetails ofUnit2 = data.plannedIn("officer2", 3);

        loginAs("officer1");
        navigate("projects");
        assertThat(rows(_get(ProjectListView.class)))
                .extracting(ProjectRow::leadId)
                .doesNotContain(ofUnit2.id());

        loginAs("officer5");
        navigate("projects");
        assertThat(rows(_get(ProjectListView.class)))
                .extracting(ProjectRow::leadId)
                .contains(ofUnit2.id());
    }
}

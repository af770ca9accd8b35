package com.chainleads.lead.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Money;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTotals;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.chainleads.testsupport.SignIn;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    @Autowired
    Clock clock;

    private static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void aBookmarkedFilterFillsTheFiltersAndTheGridShowsOnlyMatchingLeads() {
        loginAs("leader");
        navigate("leads?sector=ELECTRONIC_INFORMATION&stage=NEGOTIATING&min=10000");

        LeadListView view = _get(LeadListView.class);
        assertThat(view.filterBar.sectors.getValue())
                .extracting(s -> s.code())
                .containsExactly("ELECTRONIC_INFORMATION");
        assertThat(view.filterBar.stages.getValue()).containsExactly(LeadStage.NEGOTIATING);
        assertThat(view.filterBar.moreFilters().minInvestment.getValue()).isEqualByComparingTo("10000");

        LeadFilter filter = LeadFilter.NONE
                .withSectors(Set.of("ELECTRONIC_INFORMATION"))
                .withStages(Set.of(LeadStage.NEGOTIATING))
                .withInvestment(new BigDecimal("10000"), null);
        LeadTotals totals = signIn.as("leader", () -> queries.totals(filter));
        assertThat(totals.count()).as("the demo data has such leads").isPositive();
        assertThat(_size(view.grid)).isEqualTo((int) totals.count());
        assertThat(_fetch(view.grid, 0, _size(view.grid))).allSatisfy(row -> {
            assertThat(row.sectorCode()).isEqualTo("ELECTRONIC_INFORMATION");
            assertThat(row.stage()).isEqualTo(LeadStage.NEGOTIATING);
            assertThat(row.totalInvestment()).isGreaterThanOrEqualTo(new BigDecimal("10000"));
        });
        assertThat(view.summary.getText())
                .contains(String.valueOf(totals.count()))
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
        assertThat(_fetch(view.grid, 0, _size(view.grid)))
                .extracting(LeadRow::stage)
                .containsOnly(LeadStage.SIGNED);

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
        assertThat(_fetch(view.grid, 0, _size(view.grid)))
                .extracting(LeadRow::unitNameZh)
                .containsOnly("招商二科");
        assertThat(view.newLead.isVisible()).isTrue();
    }

    private static LeadRow row(String projectName, boolean hot, LeadStage stage, LocalDate nextFollowUpOn) {
        LocalDate day = nextFollowUpOn.minusDays(10);
        return new LeadRow(
                1L,
                "ZS-2026-9999",
                projectName,
                "测试投资有限公司",
                "NEW_MATERIALS",
                "新材料",
                "New materials",
                "稀土",
                "Rare earths",
                stage,
                new BigDecimal("20000"),
                "李明",
                "招商一科",
                "Investment Division 1",
                nextFollowUpOn,
                day,
                day,
                day,
                Instant.parse("2026-03-02T08:00:00Z"),
                hot);
    }

    @Test
    void theGridDrawsItsMarkedCellsInTheBrowserWithTheSameTextsBadgesAndMarks() {
        loginAs("leader");
        navigate("leads");
        LeadListView view = _get(LeadListView.class);
        assertThat(view.grid.getColumns())
                .as("no components per row")
                .allSatisfy(column -> assertThat(column.getRenderer()).isNotInstanceOf(ComponentRenderer.class));
        LocalDate today = LocalDate.now(clock);
        String html = "<img src=x onerror=alert(1)>";
        LeadRow hotAndOverdue = row(html, true, LeadStage.NEGOTIATING, today.minusDays(1));
        LeadRow lostAndPast = row("普通项目", false, LeadStage.LOST, today.minusDays(1));
        LeadRow dueToday = row("普通项目", false, LeadStage.SIGNED, today);

        Grid.Column<LeadRow> project = view.grid.getColumnByKey("projectName");
        assertThat(LeadListView.PROJECT_NAME)
                .contains("class=\"cl-hot\"")
                .contains("theme=\"badge small pill\"")
                .contains("${item.name}")
                .doesNotContain("unsafeHTML")
                .doesNotContain("innerHTML");
        assertThat(LitRenderers.properties(project, hotAndOverdue))
                .containsEntry("name", html)
                .containsEntry("hot", "风口产业");
        assertThat(LitRenderers.properties(project, lostAndPast).get("hot")).isNull();

        Grid.Column<LeadRow> stage = view.grid.getColumnByKey("stage");
        assertThat(LitRenderers.properties(stage, hotAndOverdue))
                .containsEntry("theme", "badge")
                .containsEntry("stage", "NEGOTIATING")
                .containsEntry("label", "在谈");
        assertThat(LitRenderers.properties(stage, lostAndPast))
                .containsEntry("theme", "badge error")
                .containsEntry("label", "终止");

        Grid.Column<LeadRow> followUp = view.grid.getColumnByKey("nextFollowUpOn");
        assertThat(LeadListView.NEXT_FOLLOW_UP).contains("class=\"cl-overdue\"").contains("title=\"${item.overdue}\"");
        assertThat(LitRenderers.properties(followUp, hotAndOverdue))
                .containsEntry("date", Formats.date(today.minusDays(1)))
                .containsEntry("overdue", "跟进已逾期");
        assertThat(LitRenderers.properties(followUp, lostAndPast).get("overdue"))
                .as("not active")
                .isNull();
        assertThat(LitRenderers.properties(followUp, dueToday).get("overdue"))
                .as("due today")
                .isNull();
        assertThat(view.grid.getColumnByKey("projectName").getSortOrder(SortDirection.ASCENDING))
                .as("still sortable")
                .isNotEmpty();
    }

    @Test
    void aPlainListMakesTheMoreFiltersOnlyWhenTheyAreOpened() {
        loginAs("leader");
        navigate("leads?stage=SIGNED");
        LeadFilterBar bar = _get(LeadListView.class).filterBar;
        assertThat(bar.moreFilters).as("not needed yet").isNull();

        bar.more.setOpened(true);

        assertThat(bar.moreFilters).isNotNull();
        assertThat(bar.moreFilters.unit.getValue()).isNull();
        _setValue(bar.moreFilters.minInvestment, new BigDecimal("10000"));
        assertThat(currentLocation()).contains("stage=SIGNED").contains("min=10000");
    }

    @Test
    void unknownFilterValuesAreIgnoredSaidSoAndTakenOutOfTheAddress() {
        loginAs("leader");
        long all = signIn.as("leader", () -> queries.count(LeadFilter.NONE));
        for (String asked : List.of("sector=FOO", "unit=NOPE", "owner=xyz", "link=ZZZ")) {
            navigate("leads?" + asked);

            LeadListView view = _get(LeadListView.class);
            assertThat(currentLocation()).as(asked).isEqualTo("leads");
            assertThat(_size(view.grid)).as(asked).isEqualTo((int) all).isPositive();
            assertThat(view.summary.getText()).as(asked).contains(String.valueOf(all));
            String value = asked.substring(asked.indexOf('=') + 1);
            assertThat(com.chainleads.testsupport.Notices.texts())
                    .as(asked)
                    .anySatisfy(n -> assertThat(n)
                            .contains("未找到")
                            .contains("“" + value + "”")
                            .contains("已显示全部"));
            NotificationsKt.clearNotifications();
        }
        navigate("leads?sector=FOO");
        assertThat(com.chainleads.testsupport.Notices.texts().get(0)).isEqualTo("未找到产业“FOO”，已显示全部。");
    }

    @Test
    void anUnknownValueBesideKnownOnesKeepsTheKnownOnesAndTheBoxesShowEveryFilterCounted() {
        loginAs("leader");
        navigate("leads?sector=FOO,NEW_MATERIALS&stage=NEGOTIATING,BOGUS&unit=invest_2");

        LeadListView view = _get(LeadListView.class);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .isEqualTo(java.util.Map.of(
                        "sector",
                        List.of("NEW_MATERIALS"),
                        "stage",
                        List.of("NEGOTIATING"),
                        "unit",
                        List.of("INVEST_2")));
        assertThat(view.filterBar.sectors.getValue()).extracting(s -> s.code()).containsExactly("NEW_MATERIALS");
        assertThat(view.filterBar.moreFilters().unit.getValue().code()).isEqualTo("INVEST_2");
        LeadFilter shown = view.filterBar.getFilter();
        assertThat(shown)
                .isEqualTo(LeadFilter.NONE
                        .withSectors(Set.of("NEW_MATERIALS"))
                        .withStages(Set.of(LeadStage.NEGOTIATING))
                        .withUnit("INVEST_2"));
        assertThat(_size(view.grid)).isEqualTo((int) (long) signIn.as("leader", () -> queries.count(shown)));
        assertThat(com.chainleads.testsupport.Notices.texts().get(0)).isEqualTo("未找到产业“FOO”，已显示全部。");
    }

    @Test
    void aParameterThatDoesNotParseIsNamedAndDropped() {
        loginAs("leader");
        navigate("leads?stage=BOGUS");
        assertThat(currentLocation()).isEqualTo("leads");
        assertThat(com.chainleads.testsupport.Notices.texts().get(0)).isEqualTo("无法识别筛选条件“stage=BOGUS”，已忽略。");
    }

    @Test
    void leadersCannotCreateLeads() {
        loginAs("leader");
        navigate("leads");
        assertThat(_get(LeadListView.class).newLead.isVisible()).isFalse();
    }

    @Test
    void onANarrowScreenEachLeadIsOneCardWithProjectInvestorStageAmountAndNextFollowUp() {
        loginAs("leader");
        navigate("leads");
        LeadListView view = _get(LeadListView.class);
        LocalDate today = LocalDate.now(clock);
        LeadRow row = row("储能电池项目", true, LeadStage.NEGOTIATING, today.minusDays(1));

        view.showAsCards(true);

        assertThat(view.grid.getColumns().stream()
                        .filter(Grid.Column::isVisible)
                        .toList())
                .containsExactly(view.cardColumn);
        assertThat(view.cardColumn.getRenderer()).isNotInstanceOf(ComponentRenderer.class);
        assertThat(LeadListView.CARD).doesNotContain("unsafeHTML").doesNotContain("innerHTML");
        assertThat(LitRenderers.properties(view.cardColumn, row))
                .containsEntry("name", "储能电池项目")
                .containsEntry("investor", "测试投资有限公司")
                .containsEntry("stageLabel", "在谈")
                .containsEntry(
                        "amount",
                        "总投资："
                                + Money.format(
                                        new BigDecimal("20000"), UI.getCurrent().getLocale()))
                .containsEntry("next", "下次跟进：" + Formats.date(today.minusDays(1)))
                .containsEntry("hot", "风口产业");

        view.showAsCards(false);

        assertThat(view.cardColumn.isVisible()).isFalse();
        assertThat(view.grid.getColumns().stream()
                        .filter(Grid.Column::isVisible)
                        .count())
                .isEqualTo(11);
    }

    @Test
    void onANarrowScreenARefreshOfTheListKeepsTheCardsAloneAndHiddenColumnsSendNothing() {
        loginAs("leader");
        navigate("leads");
        LeadListView view = _get(LeadListView.class);
        view.showAsCards(true);

        view.refresh(); // as a filter change does: the router keeps the view and enters it again

        assertThat(view.grid.getColumns().stream()
                        .filter(Grid.Column::isVisible)
                        .toList())
                .containsExactly(view.cardColumn);
        assertThat(LitRenderers.of(view.grid.getColumnByKey("projectName")).getValueProviders())
                .as("a hidden column sends no cells")
                .isEmpty();
    }

    @Test
    void onAWideScreenTheCardColumnAndAColumnTheFilterFixesSendNothing() {
        loginAs("leader");
        navigate("leads?link=EI_PACKAGING");
        LeadListView view = _get(LeadListView.class);

        assertThat(view.cardColumn.isVisible()).isFalse();
        assertThat(LitRenderers.of(view.cardColumn).getValueProviders()).isEmpty();
        assertThat(view.grid.getColumnByKey("chainLink").isVisible()).isFalse();
        assertThat(LitRenderers.of(view.grid.getColumnByKey("chainLink")).getValueProviders())
                .isEmpty();
        assertThat(LitRenderers.properties(
                        view.grid.getColumnByKey("projectName"),
                        row("储能电池项目", false, LeadStage.NEGOTIATING, LocalDate.now(clock))))
                .containsEntry("name", "储能电池项目");
    }
}

package com.chainleads.tour.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.testsupport.KaribuTest;
import com.chainleads.testsupport.LitRenderers;
import com.chainleads.testsupport.SignIn;
import com.chainleads.tour.service.RankLine;
import com.chainleads.tour.service.TourCommand;
import com.chainleads.tour.service.TourDetail;
import com.chainleads.tour.service.TourService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributools.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TourViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TourService tours;

    @Autowired
    SignIn signIn;

    @AfterEach
    void removeTours() {
        jdbc.update("delete from tour where name like '界面测试%'");
    }

    @Test
    void aLeaderCreatesATourPicksProjectsAddsAMemberEntersAScoreSheetAndSeesTheRanking() {
        loginAs("leader");
        UI.getCurrent().navigate(ToursView.class);
        ToursView list = _get(ToursView.class);
        list.create.click();
        list.form.name.setValue("界面测试观摩");
        list.form.tourDate.setValue(LocalDate.of(2026, 12, 20));
        list.form.save.click();

        TourView view = _get(TourView.class);
        assertThat(view.title.getText()).isEqualTo("界面测试观摩");
        view.addProjects.click();
        assertThat(view.picker.isOpened()).isTrue();
        view.picker.oneYi.setValue(true);
        int offered = GridKt._size(view.picker.grid);
        assertThat(offered).isPositive();
        assertThat(GridKt._fetch(view.picker.grid, 0, offered))
                .allMatch(row ->
                        row.totalInvestment() != null && row.totalInvestment().compareTo(new BigDecimal("10000")) >= 0);
        for (int i = 0; i < Math.min(2, offered); i++) {
            LitRenderers.call(view.picker.grid.getColumnByKey("add"), "pick", GridKt._get(view.picker.grid, i));
        }
        assertThat(GridKt._size(view.route)).isEqualTo(Math.min(2, offered));
        var stop = GridKt._get(view.route, 0);
        assertThat(LitRenderers.properties(view.route.getColumnByKey("project"), stop))
                .as("a stop opens its lead on the 项目建设 tab")
                .containsEntry("name", stop.projectName())
                .containsEntry("href", "leads/" + stop.leadId() + "?tab=construction");

        view.tabs.setSelectedIndex(1);
        view.memberForm.name.setValue("张书记");
        view.memberForm.title.setValue("区委书记");
        view.memberForm.add.click();
        assertThat(GridKt._size(view.members)).isEqualTo(1);
        assertThat(view.memberForm.name.getValue()).isEmpty();

        view.tabs.setSelectedIndex(2);
        view.sheet.member.setValue(view.sheet.member.getListDataView().getItem(0));
        view.sheet.cells.values().forEach(row -> row.values().forEach(field -> field.setValue(new BigDecimal("88"))));
        BigDecimalField first =
                view.sheet.cells.values().iterator().next().values().iterator().next();
        first.setValue(new BigDecimal("101"));
        assertThat(first.isInvalid()).as("checked as typed").isTrue();
        first.setValue(new BigDecimal("88"));
        view.sheet.save.click();

        assertThat(GridKt._size(view.ranking)).isEqualTo(GridKt._size(view.route));
        RankLine top = GridKt._get(view.ranking, 0);
        assertThat(top.score()).isEqualByComparingTo("88.00");
        assertThat(top.membersScored()).isEqualTo(1);
    }

    @Test
    void aSaveOverAColleaguesChangeKeepsWhatWasTypedShowsTheirRouteAndTheNextSaveGoesThrough() {
        long tourId = signIn.as("leader", () -> tours.create(new TourCommand("界面测试冲突", LocalDate.of(2026, 12, 22))));
        loginAs("leader");
        UI.getCurrent().navigate(TourView.class, new RouteParameters("id", String.valueOf(tourId)));
        TourView view = _get(TourView.class);
        assertThat(GridKt._size(view.route)).isZero();

        // a colleague renames the tour and adds a stop meanwhile
        long signed = jdbc.queryForObject(
                "select min(id) from investment_lead where stage in ('SIGNED', 'CONSTRUCTION')", Long.class);
        signIn.as("admin", () -> {
            TourDetail tour = tours.detail(tourId);
            tours.change(tourId, tour.version(), new TourCommand("界面测试冲突（改）", tour.tourDate()));
            return tours.addStop(tourId, signed);
        });
        clearNotifications();
        view.form.name.setValue("界面测试冲突（我的）");
        view.form.save.click();

        assertThat(getNotifications()).extracting(NotificationsKt::getText).contains(CONFLICT);
        assertThat(view.form.name.getValue()).as("what was typed stays").isEqualTo("界面测试冲突（我的）");
        assertThat(GridKt._size(view.route)).as("the colleague's stop is shown").isEqualTo(1);

        clearNotifications();
        view.form.save.click();
        assertThat(getNotifications()).extracting(NotificationsKt::getText).doesNotContain(CONFLICT);
        assertThat(signIn.as("leader", () -> tours.detail(tourId)).name()).isEqualTo("界面测试冲突（我的）");
    }

    private static final String CONFLICT = "此观摩已被他人修改，已载入最新内容；您填写的内容仍在表单中，请核对后再保存。";
}

package com.chainleads.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.cockpit.service.ChartData;
import com.chainleads.cockpit.service.CockpitFilter;
import com.chainleads.cockpit.service.CockpitKpis;
import com.chainleads.cockpit.service.CockpitPeriod;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.Kpi;
import com.chainleads.cockpit.service.MyTodo;
import com.chainleads.cockpit.service.Supervision;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.search.LeadIndexSync;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.summary.LeadSummaries;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.UserAdminService;
import com.chainleads.security.service.UserCommand;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cockpit's figures against a small dataset of a unit of its own, whose every value is known, and against
 * the lead list for the same filter.
 */
@IntegrationTest
class CockpitServiceIT {

    @Autowired
    CockpitService cockpit;

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LeadIndexSync indexSync;

    @Autowired
    LeadSummaries summaries;

    @Autowired
    Clock clock;

    private String unitCode;
    private String officer;
    private LocalDate today;
    private LocalDate monthStart;
    private CockpitFilter filter;
    private LeadDetails over1bn;
    private LeadDetails over100m;
    private LeadDetails signed;
    private LeadDetails landed;
    private LeadDetails lost;
    private LeadDetails registered;
    private LeadDetails unscreened;

    /**
     * A unit with seven leads: 在谈 15亿 and 2亿 (电子信息), 签约 today (新材料), 开工 having landed today, 终止 (reported
     * last month), 线索登记 today, and 线索登记 reported ten days ago (late for screening).
     */
    @BeforeEach
    void dataset() {
        today = LocalDate.now(clock);
        monthStart = today.withDayOfMonth(1);
        unitCode = "T" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update(
                "insert into org_unit (code, name_zh, name_en, sort_order, active, version) values (?, ?, ?, 99, true, 0)",
                unitCode,
                "测试科" + unitCode,
                "Test unit " + unitCode);
        long unitId = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, unitCode);
        officer = "t" + unitCode.toLowerCase();
        signIn.as(
                "admin",
                () -> userAdmin.createUser(new UserCommand(officer, "测试专员", Role.OFFICER, unitId, "Zhaoshang#2026")));
        filter = new CockpitFilter(java.util.Set.of(), unitCode, CockpitPeriod.CUSTOM, monthStart, today);

        over1bn = lead("ELECTRONIC_INFORMATION", LeadStage.NEGOTIATING, "150000");
        over100m = lead("ELECTRONIC_INFORMATION", LeadStage.NEGOTIATING, "20000");
        signed = lead("NEW_MATERIALS", LeadStage.SIGNED, "9000");
        set(signed, "signed_on = ?, signed_amount = 8000, funds_received = 1000", today);
        landed = lead("NEW_MATERIALS", LeadStage.CONSTRUCTION, "30000");
        set(landed, "signed_on = ?, landed_on = ?, funds_received = 2500", monthStart.minusDays(1), today);
        lost = lead("BIOMEDICINE", LeadStage.LOST, "5000");
        set(lost, "furthest_stage_rank = 3, first_reported_at = ?", utc(monthStart.minusMonths(1)));
        registered = lead("CULTURAL_TOURISM", LeadStage.REGISTERED, null);
        unscreened = lead("CULTURAL_TOURISM", LeadStage.REGISTERED, null);
        set(unscreened, "first_reported_at = ?, last_activity_on = ?", utc(today.minusDays(10)), today.minusDays(10));
        // the clocks: overdue exactly at 60 days, stale at 59 and at 30, on time at 29
        set(over1bn, "last_activity_on = ?", today.minusDays(60));
        set(over100m, "last_activity_on = ?", today.minusDays(59));
        set(signed, "last_activity_on = ?", today.minusDays(30));
        set(landed, "last_activity_on = ?", today.minusDays(29));
        summaries.rebuild(); // the dataset was partly written behind the application's back
    }

    private LeadDetails lead(String sector, LeadStage stage, String total) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName("驾驶舱测试" + UUID.randomUUID().toString().substring(0, 6));
        draft.setInvestorName("驾驶舱测试" + unitCode + "有限公司"); // each dataset its own investor: no 撞单
        draft.setSectorId(chains.sectors().stream()
                .filter(s -> s.code().equals(sector))
                .findFirst()
                .orElseThrow()
                .id());
        draft.setChannel(LeadChannel.SELF);
        LeadDetails lead = signIn.as(officer, () -> leads.create(draft));
        int furthest = stage.isMainLine() ? stage.rank() : 1;
        jdbc.update(
                "update investment_lead set stage = ?, stage_rank = ?, furthest_stage_rank = ?, total_investment = ? "
                        + "where id = ?",
                stage.name(),
                stage.rank(),
                furthest,
                total == null ? null : new BigDecimal(total),
                lead.id());
        indexSync.write(List.of(lead.id()));
        return lead;
    }

    private void set(LeadDetails lead, String assignments, Object... values) {
        Object[] arguments = java.util.Arrays.copyOf(values, values.length + 1);
        arguments[values.length] = lead.id();
        jdbc.update("update investment_lead set " + assignments + " where id = ?", arguments);
        indexSync.write(List.of(lead.id()));
    }

    private Timestamp utc(LocalDate day) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(
                day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant(), ZoneOffset.UTC));
    }

    private boolean unscreenedReportedThisMonth() {
        return !today.minusDays(10).isBefore(monthStart);
    }

    @Test
    void everyKpiHasTheExpectedValueForTheKnownDataset() {
        CockpitKpis kpis = signIn.as("leader", () -> cockpit.kpis(filter));

        assertThat(kpis.activeLeads().count()).isEqualTo(6);
        assertThat(kpis.activeLeads().amount()).isEqualByComparingTo("209000");
        assertThat(kpis.signed().count()).isEqualTo(1);
        assertThat(kpis.signed().amount()).isEqualByComparingTo("8000");
        assertThat(kpis.landed().count()).isEqualTo(1);
        assertThat(kpis.negotiatingOver100m().count()).isEqualTo(2);
        assertThat(kpis.negotiatingOver1bn().count()).isEqualTo(1);
        assertThat(kpis.newThisMonth().count()).isEqualTo(unscreenedReportedThisMonth() ? 6 : 5);
        assertThat(kpis.newThisMonth().previous()).isEqualTo(unscreenedReportedThisMonth() ? 1 : 2);
        assertThat(kpis.fundsReceived().count()).isEqualTo(2);
        assertThat(kpis.fundsReceived().amount()).isEqualByComparingTo("3500");
    }

    @Test
    void eachKpiCountsExactlyTheLeadsItsListFilterShows() {
        for (String user : List.of("leader", officer)) {
            CockpitKpis kpis = signIn.as(user, () -> cockpit.kpis(filter));
            for (Kpi kpi : kpis.all()) {
                assertThat(signIn.as(user, () -> queries.count(kpi.leads())))
                        .as(user + " " + kpi.key())
                        .isEqualTo(kpi.count());
            }
            assertThat(signIn.as(user, () -> queries.totals(kpis.activeLeads().leads()))
                            .totalInvestment())
                    .isEqualByComparingTo(kpis.activeLeads().amount());
        }
    }

    @Test
    void theFiguresAgreeWithTheListOnTheWholeDemoDataToo() {
        CockpitFilter all = CockpitFilter.DEFAULT;
        CockpitKpis kpis = signIn.as("leader", () -> cockpit.kpis(all));
        assertThat(kpis.activeLeads().count()).isPositive();
        for (Kpi kpi : kpis.all()) {
            assertThat(signIn.as("leader", () -> queries.count(kpi.leads())))
                    .as(kpi.key())
                    .isEqualTo(kpi.count());
        }
        for (ChartData.Bar bar : signIn.as("leader", () -> cockpit.bySector(all))) {
            assertThat(signIn.as("leader", () -> queries.totals(bar.leads())).count())
                    .isEqualTo(bar.count());
        }
        for (ChartData.FunnelStep step : signIn.as("leader", () -> cockpit.funnel(all))) {
            assertThat(signIn.as("leader", () -> queries.count(step.leads()))).isEqualTo(step.reached());
        }
        for (ChartData.Bar bar : signIn.as("leader", () -> cockpit.byRegion(all))) {
            assertThat(signIn.as("leader", () -> queries.count(bar.leads()))).isEqualTo(bar.count());
        }
        for (ChartData.Month month : signIn.as("leader", () -> cockpit.trend(all))) {
            assertThat(signIn.as("leader", () -> queries.count(month.newFilter())))
                    .isEqualTo(month.newLeads());
            assertThat(signIn.as("leader", () -> queries.count(month.signedFilter())))
                    .isEqualTo(month.signedLeads());
        }
    }

    @Test
    void theSectorBarsFunnelAndTypesCountTheDataset() {
        List<ChartData.Bar> sectors = signIn.as("leader", () -> cockpit.bySector(filter));
        assertThat(sectors)
                .extracting(ChartData.Bar::key)
                .containsExactly(
                        "INTELLIGENT_MANUFACTURING",
                        "ELECTRONIC_INFORMATION",
                        "NEW_MATERIALS",
                        "BIOMEDICINE",
                        "CULTURAL_TOURISM");
        assertThat(sectors).extracting(ChartData.Bar::count).containsExactly(0L, 2L, 2L, 0L, 2L);
        assertThat(sectors.get(1).investment()).isEqualByComparingTo("170000");

        // cohort reported this month: 在谈 ×2 (rank 4), 签约 (5), 开工 (7), 线索登记 (1), maybe the unscreened one (1)
        List<ChartData.FunnelStep> funnel = signIn.as("leader", () -> cockpit.funnel(filter));
        long registeredCount = unscreenedReportedThisMonth() ? 6 : 5;
        assertThat(funnel)
                .extracting(ChartData.FunnelStep::reached)
                .containsExactly(registeredCount, 4L, 4L, 4L, 2L, 1L, 1L, 0L, 0L);
        assertThat(funnel.get(4).conversion()).isEqualTo(0.5);
        assertThat(funnel.get(0).conversion()).isNull();

        List<ChartData.Bar> types = signIn.as("leader", () -> cockpit.byProjectType(filter));
        assertThat(types).isEmpty(); // none of the dataset's leads has a project type yet
    }

    @Test
    void theTrendCountsNewAndSignedLeadsPerMonth() {
        List<ChartData.Month> trend = signIn.as("leader", () -> cockpit.trend(filter));
        assertThat(trend).hasSize(12);
        ChartData.Month thisMonth = trend.get(11);
        ChartData.Month lastMonth = trend.get(10);
        assertThat(thisMonth.month()).isEqualTo(YearMonth.from(today));
        assertThat(thisMonth.newLeads()).isEqualTo(unscreenedReportedThisMonth() ? 6 : 5);
        assertThat(lastMonth.newLeads()).isEqualTo(unscreenedReportedThisMonth() ? 1 : 2);
        assertThat(thisMonth.signedLeads()).isEqualTo(1);
        assertThat(lastMonth.signedLeads()).isEqualTo(1); // the 开工 lead signed the day before this month began
    }

    @Test
    void theSupervisionListCountsTheClocksAtTheirBoundaries() {
        List<Supervision> rows = signIn.as("leader", () -> cockpit.supervision(filter));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.counts().ownerName()).isEqualTo("测试专员");
            assertThat(row.counts().overdue()).isEqualTo(1);
            assertThat(row.counts().stale()).isEqualTo(2);
            assertThat(row.counts().lateScreening()).isEqualTo(1);
            assertThat(signIn.as(
                            "leader",
                            () -> queries.findRows(
                                    row.overdue(), org.springframework.data.domain.PageRequest.of(0, 10))))
                    .extracting(LeadRow::id)
                    .containsExactly(over1bn.id());
            assertThat(signIn.as("leader", () -> queries.count(row.stale()))).isEqualTo(2);
            assertThat(signIn.as(
                            "leader",
                            () -> queries.findRows(
                                    row.lateScreening(), org.springframework.data.domain.PageRequest.of(0, 10))))
                    .extracting(LeadRow::id)
                    .containsExactly(unscreened.id());
        });
    }

    @Test
    void anOfficersToDosAreTheirOwnLateLeads() {
        MyTodo todo = signIn.as(officer, () -> cockpit.myTodo(10));
        assertThat(todo.overdue().leads()).extracting(LeadRow::id).containsExactly(over1bn.id());
        assertThat(todo.stale().leads()).extracting(LeadRow::id).containsExactlyInAnyOrder(over100m.id(), signed.id());
        assertThat(todo.lateScreening().leads()).extracting(LeadRow::id).containsExactly(unscreened.id());
        assertThat(todo.attentionCount()).isEqualTo(4);
        assertThat(signIn.as("officer1", () -> cockpit.myTodo(10)).overdue().leads())
                .extracting(LeadRow::unitNameZh)
                .doesNotContain("测试科" + unitCode);
    }

    @Test
    void keyProjectsAreTheLargestNotLostOnes() {
        List<LeadRow> top = signIn.as("leader", () -> cockpit.keyProjects(filter, 3));
        assertThat(top).extracting(LeadRow::id).containsExactly(over1bn.id(), landed.id(), over100m.id());
        assertThat(signIn.as("leader", () -> cockpit.keyProjects(filter, 10)))
                .extracting(LeadRow::id)
                .doesNotContain(lost.id());
    }
}

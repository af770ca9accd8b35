package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.service.ChainLeadStatistics;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.LinkLeadStats;
import com.chainleads.cockpit.service.ChartData;
import com.chainleads.cockpit.service.CockpitFilter;
import com.chainleads.cockpit.service.CockpitKpis;
import com.chainleads.cockpit.service.CockpitPeriod;
import com.chainleads.cockpit.service.CockpitService;
import com.chainleads.cockpit.service.Kpi;
import com.chainleads.cockpit.service.Supervision;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadTotals;
import com.chainleads.lead.service.LeadFilter;
import com.chainleads.lead.service.LeadQueries;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One truth: every cockpit figure and every chain link's figures on the map count exactly the leads their
 * drill-down filter shows in the list (count and planned investment), for a leader and for an officer.
 */
@IntegrationTest
class FiguresAgreeWithTheListIT {

    @Autowired
    CockpitService cockpit;

    @Autowired
    ChainLeadStatistics map;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    LeadQueries list;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    @Test
    void everyCockpitFigureCountsTheLeadsOfItsListFilter() {
        LocalDate today = LocalDate.now(clock);
        for (String user : List.of("leader", "officer2")) {
            for (CockpitFilter filter : List.of(
                    CockpitFilter.DEFAULT,
                    new CockpitFilter(Set.of(), null, CockpitPeriod.CUSTOM, today.minusYears(3), today),
                    new CockpitFilter(
                            Set.of("NEW_MATERIALS", "BIOMEDICINE"),
                            null,
                            CockpitPeriod.CUSTOM,
                            today.minusMonths(7).withDayOfMonth(12),
                            today.minusDays(2)))) {
                signIn.as(user, () -> agree(user + " " + filter, filter));
            }
        }
    }

    private void agree(String who, CockpitFilter filter) {
        CockpitKpis kpis = cockpit.kpis(filter);
        for (Kpi kpi : kpis.all()) {
            assertThat(list.count(kpi.leads())).as(who + " " + kpi.key()).isEqualTo(kpi.count());
        }
        assertThat(list.totals(kpis.activeLeads().leads()).totalInvestment())
                .isEqualByComparingTo(kpis.activeLeads().amount());
        for (List<ChartData.Bar> bars : List.of(
                cockpit.bySector(filter),
                cockpit.byRegion(filter),
                cockpit.byChannel(filter),
                cockpit.byProjectType(filter))) {
            for (ChartData.Bar bar : bars) {
                LeadTotals totals = list.totals(bar.leads());
                assertThat(totals.count()).as(who + " " + bar.key()).isEqualTo(bar.count());
                assertThat(totals.totalInvestment()).as(who + " " + bar.key()).isEqualByComparingTo(bar.investment());
            }
        }
        for (ChartData.FunnelStep step : cockpit.funnel(filter)) {
            assertThat(list.count(step.leads())).as(who + " " + step.stage()).isEqualTo(step.reached());
        }
        for (ChartData.Month month : cockpit.trend(filter)) {
            assertThat(list.count(month.newFilter()))
                    .as(who + " new " + month.month())
                    .isEqualTo(month.newLeads());
            assertThat(list.count(month.signedFilter()))
                    .as(who + " signed " + month.month())
                    .isEqualTo(month.signedLeads());
        }
        List<Supervision> supervision = cockpit.supervision(filter);
        for (Supervision row : supervision) {
            assertThat(list.count(row.overdue()))
                    .as(who + " overdue " + row.counts())
                    .isEqualTo(row.counts().overdue());
            assertThat(list.count(row.stale()))
                    .as(who + " stale " + row.counts())
                    .isEqualTo(row.counts().stale());
            assertThat(list.count(row.lateScreening()))
                    .as(who + " late " + row.counts())
                    .isEqualTo(row.counts().lateScreening());
        }
    }

    @Test
    void everyLinkOnTheMapCountsTheActiveLeadsTheListShowsForIt() {
        for (String user : List.of("leader", "officer3")) {
            signIn.as(user, () -> {
                Map<Long, LinkLeadStats> overview = map.statsForAllSectors();
                for (ChainLinkOption link : chains.allLinks()) {
                    LeadTotals totals = list.totals(
                            LeadFilter.NONE.withChainLink(link.code()).withStages(LeadStage.ACTIVE));
                    LinkLeadStats stats = overview.get(link.id());
                    LinkLeadStats ofSector = map.statsForSector(link.sectorId()).get(link.id());
                    assertThat(ofSector).isEqualTo(stats);
                    assertThat(stats == null ? 0 : stats.activeLeads())
                            .as(user + " " + link.code())
                            .isEqualTo(totals.count());
                    if (stats != null) {
                        assertThat(stats.plannedInvestmentWan()).isEqualByComparingTo(totals.totalInvestment());
                    }
                }
            });
        }
    }
}

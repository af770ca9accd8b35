package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.service.ChainLeadStatistics;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.LinkLeadStats;
import com.chainleads.chain.service.LinkLeads;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The industry map's view of the leads agrees with the lead list, link by link, for each user's visibility. */
@IntegrationTest
class LeadChainStatisticsIT {

    @Autowired
    ChainLeadStatistics statistics;

    @Autowired
    LeadService leads;

    @Autowired
    LeadQueries queries;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    SignIn signIn;

    @Test
    void activeLeadsPerLinkEqualTheListForTheSameLinkAndVisibility() {
        for (String user : new String[] {"leader", "officer2"}) {
            Map<Long, LinkLeadStats> all = signIn.as(user, () -> statistics.statsForAllSectors());
            assertThat(all).isNotEmpty();
            for (ChainLinkOption link : chains.allLinks()) {
                LeadFilter onLink = LeadFilter.NONE.withChainLink(link.code()).withStages(LeadStage.ACTIVE);
                long expected = signIn.as(user, () -> queries.count(onLink));
                LinkLeadStats stats = all.get(link.id());
                assertThat(stats == null ? 0 : stats.activeLeads())
                        .as(user + " " + link.code())
                        .isEqualTo(expected);
                if (stats != null) {
                    assertThat(stats.plannedInvestmentWan())
                            .isEqualByComparingTo(signIn.as(user, () -> queries.totals(onLink))
                                    .totalInvestment());
                    assertThat(stats.activeLeadsByStage().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                            .isEqualTo(expected);
                }
            }
        }
        long sectorId = chains.sectors().get(1).id();
        Map<Long, LinkLeadStats> oneSector = signIn.as("leader", () -> statistics.statsForSector(sectorId));
        assertThat(oneSector.keySet())
                .allSatisfy(linkId ->
                        assertThat(chains.link(linkId).orElseThrow().sectorId()).isEqualTo(sectorId));
    }

    @Test
    void theSidePanelListsExactlyTheLeadsTheBadgeCountsAndTheOthersApartWithWhoPursuesThem() {
        boolean sawNotCounted = false;
        for (String user : new String[] {"leader", "officer2"}) {
            Map<Long, LinkLeadStats> badges = signIn.as(user, () -> statistics.statsForAllSectors());
            for (ChainLinkOption link : chains.allLinks()) {
                LinkLeads panel = signIn.as(user, () -> statistics.leadsOnLink(link.id(), 1000));
                LinkLeadStats badge = badges.get(link.id());
                long badgeCount = badge == null ? 0 : badge.activeLeads();
                assertThat(panel.countedTotal()).as(user + " " + link.code()).isEqualTo(badgeCount);
                assertThat(panel.counted())
                        .hasSize((int) badgeCount)
                        .allSatisfy(item -> assertThat(
                                        LeadStage.valueOf(item.stage()).isActive())
                                .isTrue());
                assertThat(panel.notCounted())
                        .hasSize((int) panel.notCountedTotal())
                        .allSatisfy(item -> assertThat(item.stage()).isIn("ON_HOLD", "FULL_CAPACITY"));
                sawNotCounted |= !panel.notCounted().isEmpty();
                assertThat(panel.counted()).allSatisfy(item -> {
                    assertThat(item.unitNameZh()).startsWith("招商");
                    assertThat(item.ownerName()).isNotBlank();
                });
                // "查看全部 N 条" opens the list with exactly those leads
                LeadFilter list = LeadFilter.fromParameters(panel.countedList());
                assertThat(signIn.as(user, () -> queries.count(list))).isEqualTo(badgeCount);
            }
        }
        assertThat(sawNotCounted).as("the demo data has 暂缓 leads on links").isTrue();
    }

    @Test
    void theSidePanelIsOnePageWhateverTheNumberOfLeads() {
        ChainLinkOption busiest = chains.allLinks().stream()
                .max(java.util.Comparator.comparingLong(link -> signIn.as(
                        "leader",
                        () -> queries.count(
                                LeadFilter.NONE.withChainLink(link.code()).withStages(LeadStage.ACTIVE)))))
                .orElseThrow();
        LinkLeads all = signIn.as("leader", () -> statistics.leadsOnLink(busiest.id(), 1000));
        assertThat(all.countedTotal()).isGreaterThan(2);
        LinkLeads page = signIn.as("leader", () -> statistics.leadsOnLink(busiest.id(), 2));
        assertThat(page.counted()).hasSize(2);
        assertThat(page.countedTotal()).isEqualTo(all.countedTotal());
        assertThat(page.counted().get(0).totalInvestmentWan())
                .isEqualByComparingTo(all.counted().get(0).totalInvestmentWan());
    }

    @Test
    void removingALinkIsGuardedByAllItsLeadsWhoeverMaySeeThem() {
        ChainLinkOption busiest = chains.allLinks().stream()
                .max(java.util.Comparator.comparingLong(
                        link -> signIn.as("admin", () -> queries.count(LeadFilter.NONE.withChainLink(link.code())))))
                .orElseThrow();
        long all = signIn.as("admin", () -> queries.count(LeadFilter.NONE.withChainLink(busiest.code())));
        assertThat(all).isPositive();
        assertThat(statistics.countAllLeadsOnLink(busiest.id())).isEqualTo(all);
    }
}

package com.chainleads.lead.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.service.ChainLeadStatistics;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.LinkLeadStats;
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
                assertThat(stats == null ? 0 : stats.activeLeads()).as(user + " " + link.code()).isEqualTo(expected);
                if (stats != null) {
                    assertThat(stats.plannedInvestmentWan())
                            .isEqualByComparingTo(signIn.as(user, () -> queries.totals(onLink)).totalInvestment());
                    assertThat(stats.activeLeadsByStage().values().stream().mapToLong(Long::longValue).sum())
                            .isEqualTo(expected);
                }
            }
        }
        long sectorId = chains.sectors().get(1).id();
        Map<Long, LinkLeadStats> oneSector = signIn.as("leader", () -> statistics.statsForSector(sectorId));
        assertThat(oneSector.keySet()).allSatisfy(linkId -> assertThat(chains.link(linkId).orElseThrow().sectorId())
                .isEqualTo(sectorId));
    }

    @Test
    void removingALinkIsGuardedByAllItsLeadsWhoeverMaySeeThem() {
        ChainLinkOption busiest = chains.allLinks().stream()
                .max(java.util.Comparator.comparingLong(link -> signIn.as("admin",
                        () -> queries.count(LeadFilter.NONE.withChainLink(link.code())))))
                .orElseThrow();
        long all = signIn.as("admin", () -> queries.count(LeadFilter.NONE.withChainLink(busiest.code())));
        assertThat(all).isPositive();
        assertThat(statistics.countAllLeadsOnLink(busiest.id())).isEqualTo(all);
    }
}

package com.chainleads.chain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.chain.domain.ChainEdgeRepository;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.domain.LocalEnterpriseRepository;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.chain.domain.StrengthRuleRepository;
import com.chainleads.chain.summary.LinkTierCounts;
import com.chainleads.testsupport.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ChainMapServiceIT {

    @Autowired
    ChainMapService map;

    @Autowired
    SectorRepository sectorRepository;

    @Autowired
    ChainLinkRepository linkRepository;

    @Autowired
    ChainEdgeRepository edgeRepository;

    @Autowired
    LocalEnterpriseRepository enterpriseRepository;

    @Autowired
    StrengthRuleRepository ruleRepository;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> created = new ArrayList<>();

    @Autowired
    LinkTierCounts mapCounts;

    /** Removes the firms as the library would: the map's counts follow. */
    @AfterEach
    void removeCreatedEnterprises() {
        transactions.executeWithoutResult(status ->
                created.forEach(id -> enterpriseRepository.findById(id).ifPresent(firm -> {
                    LinkTierCounts.Place place = LinkTierCounts.Place.of(firm);
                    enterpriseRepository.delete(firm);
                    enterpriseRepository.flush();
                    mapCounts.moved(place, LinkTierCounts.Place.NOWHERE);
                })));
        created.clear();
    }

    /** A valid credit code that no demo enterprise has (demo codes never use the region 429999). */
    static String uniqueCode() {
        return CreditCode.complete("91429999"
                        + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))
                .value();
    }

    /** An unranked local enterprise on one link, as the library would keep it. */
    private long addEnterpriseOn(long linkId) {
        Long id = transactions.execute(status -> {
            LocalEnterprise enterprise = new LocalEnterprise(
                    "测试企业" + created.size() + uniqueCode(),
                    CreditCode.parse(uniqueCode()).orElseThrow());
            enterprise.setLinks(Set.of(linkRepository.findById(linkId).orElseThrow()));
            LocalEnterprise saved = enterpriseRepository.saveAndFlush(enterprise);
            mapCounts.moved(LinkTierCounts.Place.NOWHERE, LinkTierCounts.Place.of(saved));
            return saved.getId();
        });
        created.add(id);
        return id;
    }

    @Test
    @WithUserDetails("leader")
    void everyDemoSectorHasStrongWeakAndMissingLinks() {
        List<SectorMap> overview = map.overview();

        assertThat(overview).hasSize(5);
        for (SectorMap sector : overview) {
            assertThat(sector.summary().strong())
                    .as(sector.sector().code() + " strong")
                    .isPositive();
            assertThat(sector.summary().weak())
                    .as(sector.sector().code() + " weak")
                    .isPositive();
            assertThat(sector.summary().missing())
                    .as(sector.sector().code() + " missing")
                    .isPositive();
            assertThat(sector.summary().total()).isEqualTo(sector.nodes().size());
            assertThat(sector.edges()).isNotEmpty();
        }
    }

    @Test
    @WithUserDetails("leader")
    void theMapOfOneSectorAgreesWithTheOverview() {
        SectorMap electronics = map.sectorMap("ELECTRONIC_INFORMATION").orElseThrow();
        SectorMap inOverview = map.overview().get(1);

        assertThat(electronics.sector().nameZh()).isEqualTo("电子信息");
        assertThat(electronics.nodes()).isEqualTo(inOverview.nodes());
        assertThat(electronics.edges()).containsExactlyInAnyOrderElementsOf(inOverview.edges());
        assertThat(map.sectorMap("NO_SUCH_SECTOR")).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void localEnterprisesTurnAGapIntoAWeakAndThenAStrongLink() {
        SectorMap before = map.sectorMap("CULTURAL_TOURISM").orElseThrow();
        MapNode gap = before.gaps().get(0);

        addEnterpriseOn(gap.id());
        SectorMap weak = map.sectorMap("CULTURAL_TOURISM").orElseThrow();
        assertThat(weak.node(gap.id()).orElseThrow().strength()).isEqualTo(LinkStrength.WEAK);
        assertThat(weak.node(gap.id()).orElseThrow().localEnterprises()).isEqualTo(1);

        // unranked firms weigh 1 each (data/link_strength_rule.csv)
        for (int i = 1; i < map.rules().strongMin().intValueExact(); i++) {
            addEnterpriseOn(gap.id());
        }
        SectorMap strong = map.sectorMap("CULTURAL_TOURISM").orElseThrow();
        assertThat(strong.node(gap.id()).orElseThrow().strength()).isEqualTo(LinkStrength.STRONG);
        assertThat(strong.summary().strong()).isEqualTo(before.summary().strong() + 1);
        assertThat(strong.summary().missing()).isEqualTo(before.summary().missing() - 1);

        LinkDetail detail = map.linkDetail(gap.id()).orElseThrow();
        assertThat(detail.enterprises()).extracting(EnterpriseOnLink::id).containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    @WithUserDetails("leader")
    void oneSectorAndTheOverviewCostAFewQueriesWhateverTheNumberOfLinks() {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            SectorMap sector = map.sectorMap("INTELLIGENT_MANUFACTURING").orElseThrow();
            long sectorQueries = statistics.getPrepareStatementCount();

            statistics.clear();
            List<SectorMap> overview = map.overview();
            long overviewQueries = statistics.getPrepareStatementCount();

            assertThat(sector.nodes()).hasSizeGreaterThan(10);
            assertThat(sectorQueries)
                    .as("sector, links, edges, enterprise counts, lead statistics")
                    .isLessThanOrEqualTo(5);
            assertThat(overview.stream().mapToInt(s -> s.nodes().size()).sum()).isGreaterThan(50);
            assertThat(overviewQueries)
                    .as("sectors, links, edges, enterprise counts, lead statistics")
                    .isLessThanOrEqualTo(5);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    @WithUserDetails("leader")
    void leadsFromTheLeadFeatureShowOnTheirLinksAndGroupByStageInPipelineOrder() {
        long fab = linkRepository.findByCode("EI_FAB").orElseThrow().getId();
        LeadStatisticsStub leads = new LeadStatisticsStub()
                .lead(fab, 1, "SIGNED", "120000")
                .lead(fab, 2, "NEGOTIATING", "8000")
                .lead(fab, 3, "NEGOTIATING", "350000")
                .lead(fab, 4, "SCREENING", "500");
        ChainMapService withLeads = new ChainMapService(
                sectorRepository,
                linkRepository,
                edgeRepository,
                enterpriseRepository,
                leads.provider(),
                ruleRepository,
                mapCounts);

        MapNode node = transactions
                .execute(s -> withLeads.sectorMap("ELECTRONIC_INFORMATION").orElseThrow())
                .node(fab)
                .orElseThrow();
        assertThat(node.activeLeads()).isEqualTo(4);
        assertThat(node.activeLeadsByStage()).containsEntry("NEGOTIATING", 2L);
        assertThat(node.plannedInvestmentWan()).isEqualByComparingTo("478500");

        LinkDetail detail = transactions.execute(s -> withLeads.linkDetail(fab).orElseThrow());
        assertThat(detail.leadsByStage())
                .extracting(LinkDetail.StageGroup::stage)
                .containsExactly("SCREENING", "NEGOTIATING", "SIGNED");
        assertThat(detail.leadsByStage().get(1).leads())
                .extracting(LinkLeadItem::leadId)
                .containsExactly(3L, 2L);
        assertThat(detail.visibleLeads()).isEqualTo(4);
    }

    @Test
    @WithUserDetails("leader")
    void withoutTheLeadFeatureThereAreNoLeads() {
        ChainMapService withoutLeads = new ChainMapService(
                sectorRepository,
                linkRepository,
                edgeRepository,
                enterpriseRepository,
                LeadStatisticsStub.none(),
                ruleRepository,
                mapCounts);
        long fab = linkRepository.findByCode("EI_FAB").orElseThrow().getId();

        SectorMap electronics = transactions
                .execute(s -> withoutLeads.sectorMap("ELECTRONIC_INFORMATION"))
                .orElseThrow();
        assertThat(electronics.activeLeads()).isZero();
        assertThat(transactions
                        .execute(s -> withoutLeads.linkDetail(fab))
                        .orElseThrow()
                        .leadsByStage())
                .isEmpty();
    }
}

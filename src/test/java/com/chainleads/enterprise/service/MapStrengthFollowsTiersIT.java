package com.chainleads.enterprise.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainMapService;
import com.chainleads.chain.service.LinkDetail;
import com.chainleads.chain.service.LinkRole;
import com.chainleads.chain.service.MapEdge;
import com.chainleads.chain.service.MapNode;
import com.chainleads.chain.service.SectorMap;
import com.chainleads.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The industry map weighs each firm by the top tier it holds, which the library keeps on the firm whenever a tier
 * is added or removed: the map's per-link count by tier follows at once.
 */
@IntegrationTest
@Import(LibraryTestData.class)
@WithUserDetails("tech1")
class MapStrengthFollowsTiersIT {

    @Autowired
    EnterpriseLibraryService library;

    @Autowired
    ChainMapService map;

    @Autowired
    LibraryTestData data;

    @Autowired
    Clock clock;

    @Autowired
    TopTierRefresh refresh;

    @AfterEach
    void removeTestEnterprises() {
        data.removeAll();
    }

    @Test
    void aLittleGiantTurnsItsLinkStrongItsEmptyNeighboursIntoExtensionsAndLosingTheTierUndoesIt() {
        SectorMap demo = map.overview().stream()
                .filter(sector -> sector.nodes().stream().anyMatch(node -> weakNextToGap(sector, node)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a demo chain has a weak link or gap next to a gap"));
        String sectorCode = demo.sector().code();
        SectorMap before = map.sectorMap(sectorCode).orElseThrow();
        MapNode gap = before.nodes().stream()
                .filter(node -> weakNextToGap(before, node))
                .findFirst()
                .orElseThrow();
        MapNode neighbour = emptyNeighbour(before, gap);

        EnterpriseDetail firm = library.create(new ProfileCommand(
                "测试小巨人企业", LibraryTestData.uniqueCode(), data.sector(sectorCode), Set.of(gap.id()), true, null, null));
        data.remember(firm.id());
        MapNode unranked =
                map.sectorMap(sectorCode).orElseThrow().node(gap.id()).orElseThrow();
        BigDecimal withFirm = gap.strengthScore().add(BigDecimal.ONE);
        assertThat(unranked.strengthScore()).isEqualByComparingTo(withFirm);
        assertThat(unranked.role()).isEqualTo(LinkRole.WEAK);

        EnterpriseDetail giant = library.addTier(
                firm.id(),
                new TierCommand(
                        CultivationTier.LITTLE_GIANT, LocalDate.now(clock).minusDays(1), null, "XJR-1"));

        SectorMap after = map.sectorMap(sectorCode).orElseThrow();
        MapNode strong = after.node(gap.id()).orElseThrow();
        assertThat(strong.strengthScore())
                .isEqualByComparingTo(gap.strengthScore().add(new BigDecimal("5")));
        assertThat(strong.role()).isEqualTo(LinkRole.STRONG);
        assertThat(strong.rankedEnterprises())
                .containsExactlyEntriesOf(java.util.Map.of(CultivationTier.LITTLE_GIANT, 1L));
        assertThat(after.node(neighbour.id()).orElseThrow().role()).isEqualTo(LinkRole.EXTEND);
        assertThat(after.summary().strong()).isEqualTo(before.summary().strong() + 1);
        LinkDetail panel = map.linkDetail(gap.id()).orElseThrow();
        assertThat(panel.enterpriseGroups()).hasSize(1);
        assertThat(panel.enterpriseGroups().get(0).tier()).isEqualTo(CultivationTier.LITTLE_GIANT);
        assertThat(panel.enterpriseGroups().get(0).listed())
                .extracting(e -> e.id())
                .containsExactly(firm.id());
        assertThat(map.overview().stream()
                        .filter(sector -> sector.sector().code().equals(sectorCode))
                        .findFirst()
                        .orElseThrow()
                        .nodes())
                .as("the overview counts the same")
                .isEqualTo(after.nodes());

        library.removeTier(giant.tiers().get(0).id(), giant.tiers().get(0).version());

        SectorMap undone = map.sectorMap(sectorCode).orElseThrow();
        assertThat(undone.node(gap.id()).orElseThrow().strengthScore()).isEqualByComparingTo(withFirm);
        assertThat(undone.node(gap.id()).orElseThrow().role()).isEqualTo(LinkRole.WEAK);
        assertThat(undone.node(neighbour.id()).orElseThrow().role()).isEqualTo(LinkRole.GAP);
    }

    @Test
    void whenACertificateRunsOutTheDailyRefreshTakesItsWeightOffTheMap() {
        LocalDate today = LocalDate.now(clock);
        SectorMap demo = map.overview().get(0);
        MapNode link = demo.nodes().get(0);
        EnterpriseDetail firm = library.create(new ProfileCommand(
                "测试到期企业", LibraryTestData.uniqueCode(), demo.sector().id(), Set.of(link.id()), false, null, null));
        data.remember(firm.id());
        library.addTier(
                firm.id(), new TierCommand(CultivationTier.SINGLE_CHAMPION, today.minusYears(3), today, "DX-1"));
        BigDecimal withChampion = map.sectorMap(demo.sector().code())
                .orElseThrow()
                .node(link.id())
                .orElseThrow()
                .strengthScore();
        assertThat(withChampion).isEqualByComparingTo(link.strengthScore().add(new BigDecimal("5")));

        assertThat(refresh.refresh(today)).as("still valid today").isZero();
        assertThat(refresh.refresh(today.plusDays(1))).as("ran out yesterday").isEqualTo(1);

        BigDecimal after = map.sectorMap(demo.sector().code())
                .orElseThrow()
                .node(link.id())
                .orElseThrow()
                .strengthScore();
        assertThat(after)
                .as("weighs as an unranked firm")
                .isEqualByComparingTo(link.strengthScore().add(BigDecimal.ONE));
        assertThat(refresh.refresh(today.plusDays(1)))
                .as("nothing left to move")
                .isZero();
    }

    /** Not strong even with one more unranked firm (weight 1, strong from 5), and next to a gap. */
    private static boolean weakNextToGap(SectorMap sector, MapNode node) {
        return node.strengthScore().add(BigDecimal.ONE).compareTo(new BigDecimal("5")) < 0
                && emptyNeighbour(sector, node) != null;
    }

    /** A link joined to {@code node} by an edge that has no firm and no strong neighbour, or null. */
    private static MapNode emptyNeighbour(SectorMap sector, MapNode node) {
        for (MapEdge edge : sector.edges()) {
            long other = edge.fromLinkId() == node.id()
                    ? edge.toLinkId()
                    : edge.toLinkId() == node.id() ? edge.fromLinkId() : -1;
            MapNode candidate = sector.node(other).orElse(null);
            if (candidate != null && candidate.role() == LinkRole.GAP) {
                return candidate;
            }
        }
        return null;
    }
}

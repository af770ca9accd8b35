package com.chainleads.chain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.chain.domain.ChainTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainMapAssemblerTest {

    private static final SectorOption SECTOR = new SectorOption(7, "TEST_SECTOR", "测试", "Test", 1);
    private static final StrengthThresholds DEFAULT = new StrengthThresholds(3, 1);

    // deliberately listed out of chain order
    private static final List<ChainLinkOption> LINKS = List.of(
            link(16, "下游甲", ChainTier.DOWNSTREAM, 1),
            link(11, "上游甲", ChainTier.UPSTREAM, 2),
            link(12, "上游乙", ChainTier.UPSTREAM, 1),
            link(13, "中游甲", ChainTier.MIDSTREAM, 1),
            link(14, "中游乙", ChainTier.MIDSTREAM, 2),
            link(15, "中游丙", ChainTier.MIDSTREAM, 3),
            new ChainLinkOption(99, 8, "OTHER", "别的行业", "Other", ChainTier.UPSTREAM, 1));

    // 11: 5 enterprises, 12: exactly 3, 13: 2, 14: 1, 15 and 16: none
    private static final Map<Long, Long> ENTERPRISES = Map.of(11L, 5L, 12L, 3L, 13L, 2L, 14L, 1L, 99L, 9L);

    private static ChainLinkOption link(long id, String name, ChainTier tier, int sortOrder) {
        return new ChainLinkOption(id, SECTOR.id(), "L" + id, name, "Link " + id, tier, sortOrder);
    }

    @Test
    void linksAreRatedStrongFromThreeWeakFromOneAndMissingWithoutLocalEnterprises() {
        SectorMap map = ChainMapAssembler.assemble(SECTOR, LINKS, List.of(), ENTERPRISES, Map.of(), DEFAULT);

        assertThat(map.nodes())
                .extracting(node -> node.link().nameZh() + ":" + node.strength())
                .containsExactly("上游乙:STRONG", "上游甲:STRONG", "中游甲:WEAK", "中游乙:WEAK", "中游丙:MISSING", "下游甲:MISSING");
        assertThat(map.summary()).isEqualTo(new StrengthSummary(2, 2, 2));
        assertThat(map.gaps()).extracting(MapNode::id).containsExactly(15L, 16L);
        assertThat(map.node(11).orElseThrow().localEnterprises()).isEqualTo(5);
        assertThat(map.node(99)).as("a link of another sector is not drawn").isEmpty();
    }

    @Test
    void thresholdsComeFromConfigurationAndMoveTheBoundaries() {
        SectorMap map = ChainMapAssembler.assemble(
                SECTOR, LINKS, List.of(), ENTERPRISES, Map.of(), new StrengthThresholds(5, 2));

        assertThat(map.nodes())
                .extracting(node -> node.id() + ":" + node.strength())
                .containsExactly("12:WEAK", "11:STRONG", "13:WEAK", "14:MISSING", "15:MISSING", "16:MISSING");
        assertThat(map.summary()).isEqualTo(new StrengthSummary(1, 2, 3));
    }

    @Test
    void thresholdsMustLeaveRoomForWeakLinks() {
        assertThatThrownBy(() -> new StrengthThresholds(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StrengthThresholds(3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new StrengthThresholds(2, 1).strengthOf(2)).isEqualTo(LinkStrength.STRONG);
    }

    @Test
    void activeLeadsAndPlannedInvestmentAreAttachedToTheirLinksAndGapsBeingFilledStandOut() {
        Map<Long, LinkLeadStats> leads = Map.of(
                16L, new LinkLeadStats(16, 3, Map.of("NEGOTIATING", 2L, "SIGNED", 1L), new BigDecimal("52000.00")),
                11L, new LinkLeadStats(11, 1, Map.of("SCREENING", 1L), new BigDecimal("800.00")));

        SectorMap map = ChainMapAssembler.assemble(SECTOR, LINKS, List.of(), ENTERPRISES, leads, DEFAULT);

        MapNode gap = map.node(16).orElseThrow();
        assertThat(gap.activeLeads()).isEqualTo(3);
        assertThat(gap.activeLeadsByStage()).containsEntry("NEGOTIATING", 2L).containsEntry("SIGNED", 1L);
        assertThat(gap.isGapBeingFilled()).isTrue();
        assertThat(map.node(15).orElseThrow().isGapBeingFilled()).isFalse();
        assertThat(map.node(15).orElseThrow().activeLeads()).isZero();
        assertThat(map.node(15).orElseThrow().plannedInvestmentWan()).isZero();
        assertThat(map.activeLeads()).isEqualTo(4);
        assertThat(map.plannedInvestmentWan()).isEqualByComparingTo("52800");
    }

    @Test
    void onlyEdgesBetweenTwoLinksOfTheSectorAreDrawn() {
        List<MapEdge> edges = List.of(new MapEdge(1, 11, 13), new MapEdge(2, 13, 16), new MapEdge(3, 99, 13));

        SectorMap map = ChainMapAssembler.assemble(SECTOR, LINKS, edges, ENTERPRISES, Map.of(), DEFAULT);

        assertThat(map.edges()).extracting(MapEdge::id).containsExactly(1L, 2L);
    }
}

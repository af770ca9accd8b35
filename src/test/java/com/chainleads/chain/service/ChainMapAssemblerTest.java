package com.chainleads.chain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LinkTierCount;
import com.chainleads.chain.domain.StrengthRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChainMapAssemblerTest {

    private static final SectorOption SECTOR = new SectorOption(7, "TEST_SECTOR", "测试", "Test", 1);

    /** The rows of data/link_strength_rule.csv as shipped. */
    static List<StrengthRule> shippedRules(String strongMin) {
        return List.of(
                new StrengthRule("UNRANKED", new BigDecimal("1")),
                new StrengthRule("TECH_SME", new BigDecimal("1.5")),
                new StrengthRule("HIGH_TECH", new BigDecimal("2")),
                new StrengthRule("SPECIALIZED", new BigDecimal("3")),
                new StrengthRule("LITTLE_GIANT", new BigDecimal("5")),
                new StrengthRule("SINGLE_CHAMPION", new BigDecimal("5")),
                new StrengthRule("STRONG_MIN", new BigDecimal(strongMin)),
                new StrengthRule("WEAK_MIN", new BigDecimal("1")));
    }

    private static final StrengthRules DEFAULT = StrengthRules.of(shippedRules("5"));

    // deliberately listed out of chain order
    private static final List<ChainLinkOption> LINKS = List.of(
            link(16, "下游甲", ChainTier.DOWNSTREAM, 1),
            link(11, "上游甲", ChainTier.UPSTREAM, 2),
            link(12, "上游乙", ChainTier.UPSTREAM, 1),
            link(13, "中游甲", ChainTier.MIDSTREAM, 1),
            link(14, "中游乙", ChainTier.MIDSTREAM, 2),
            link(15, "中游丙", ChainTier.MIDSTREAM, 3),
            new ChainLinkOption(99, 8, "OTHER", "别的行业", "Other", ChainTier.UPSTREAM, 1));

    /**
     * The known firms: 11 one 小巨人 (5), 12 four unranked firms (4), 13 two 高新 and one 科技型中小 (5.5), 14 one
     * 专精特新 and one unranked (4), 15 and 16 none; 99 belongs to another sector.
     */
    private static final Map<Long, List<LinkTierCount>> FIRMS = Map.of(
            11L, List.of(count(11, CultivationTier.LITTLE_GIANT, 1)),
            12L, List.of(count(12, null, 4)),
            13L, List.of(count(13, CultivationTier.HIGH_TECH, 2), count(13, CultivationTier.TECH_SME, 1)),
            14L, List.of(count(14, CultivationTier.SPECIALIZED, 1), count(14, null, 1)),
            99L, List.of(count(99, null, 9)));

    /** 11 → 15 makes 15 a 延链; 16 only touches the weak 12, so it stays a 补链 gap. */
    private static final List<MapEdge> EDGES =
            List.of(new MapEdge(1, 11, 15), new MapEdge(2, 12, 16), new MapEdge(3, 13, 14));

    private static ChainLinkOption link(long id, String name, ChainTier tier, int sortOrder) {
        return new ChainLinkOption(id, SECTOR.id(), "L" + id, name, "Link " + id, tier, sortOrder);
    }

    private static LinkTierCount count(long linkId, @Nullable CultivationTier tier, long firms) {
        return new LinkTierCount(linkId, tier, firms);
    }

    @Test
    void aLinkIsWeighedByTheTiersOfItsFirmsNotByTheirNumber() {
        SectorMap map = ChainMapAssembler.assemble(SECTOR, LINKS, EDGES, FIRMS, Map.of(), DEFAULT);

        assertThat(map.nodes())
                .extracting(node ->
                        node.link().nameZh() + ":" + node.strengthScore().toPlainString() + ":" + node.role())
                .containsExactly(
                        "上游乙:4:WEAK", "上游甲:5:STRONG", "中游甲:5.5:STRONG", "中游乙:4:WEAK", "中游丙:0:EXTEND", "下游甲:0:GAP");
        assertThat(map.node(12).orElseThrow().localEnterprises())
                .as("four firms, more than the strong 上游甲, still weak")
                .isEqualTo(4);
        assertThat(map.node(13).orElseThrow().rankedEnterprises())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(CultivationTier.HIGH_TECH, 2L, CultivationTier.TECH_SME, 1L));
        assertThat(map.summary()).isEqualTo(new StrengthSummary(2, 2, 1, 1));
        assertThat(map.gaps()).extracting(MapNode::id).containsExactly(15L, 16L);
        assertThat(map.node(99)).as("a link of another sector is not drawn").isEmpty();
    }

    @Test
    void aMissingLinkIsAnExtensionWhicheverWayTheEdgeToTheStrongLinkPoints() {
        List<MapEdge> intoStrong = List.of(new MapEdge(1, 16, 13));

        SectorMap map = ChainMapAssembler.assemble(SECTOR, LINKS, intoStrong, FIRMS, Map.of(), DEFAULT);

        assertThat(map.node(16).orElseThrow().role()).isEqualTo(LinkRole.EXTEND);
        assertThat(map.node(15).orElseThrow().role())
                .as("no edge to a strong link")
                .isEqualTo(LinkRole.GAP);
        assertThat(map.node(14).orElseThrow().nextToStrong())
                .as("only missing links become 延链")
                .isFalse();
    }

    @Test
    void theThresholdsComeFromTheReferenceDataAndMoveTheBoundaries() {
        SectorMap map =
                ChainMapAssembler.assemble(SECTOR, LINKS, EDGES, FIRMS, Map.of(), StrengthRules.of(shippedRules("6")));

        assertThat(map.nodes())
                .extracting(node -> node.id() + ":" + node.role())
                .containsExactly("12:WEAK", "11:WEAK", "13:WEAK", "14:WEAK", "15:GAP", "16:GAP");
        assertThat(map.summary()).isEqualTo(new StrengthSummary(0, 4, 0, 2));
    }

    @Test
    void aTierWithoutItsOwnRowWeighsAsAnUnrankedFirmAndTheThresholdsMustLeaveRoomForWeakLinks() {
        List<StrengthRule> rows = new ArrayList<>(shippedRules("5"));
        rows.removeIf(row -> row.getCode().equals("SINGLE_CHAMPION"));
        assertThat(StrengthRules.of(rows).weight(CultivationTier.SINGLE_CHAMPION))
                .isEqualByComparingTo("1");
        assertThat(DEFAULT.weight(null)).isEqualByComparingTo("1");

        assertThatThrownBy(() -> StrengthRules.of(shippedRules("1"))).isInstanceOf(IllegalArgumentException.class);
        rows.removeIf(row -> row.getCode().equals("STRONG_MIN"));
        assertThatThrownBy(() -> StrengthRules.of(rows)).hasMessageContaining("STRONG_MIN");
    }

    @Test
    void activeLeadsAndPlannedInvestmentAreAttachedToTheirLinksAndGapsBeingFilledStandOut() {
        Map<Long, LinkLeadStats> leads = Map.of(
                16L, new LinkLeadStats(16, 3, Map.of("NEGOTIATING", 2L, "SIGNED", 1L), new BigDecimal("52000.00")),
                11L, new LinkLeadStats(11, 1, Map.of("SCREENING", 1L), new BigDecimal("800.00")));

        SectorMap map = ChainMapAssembler.assemble(SECTOR, LINKS, List.of(), FIRMS, leads, DEFAULT);

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

        SectorMap map = ChainMapAssembler.assemble(SECTOR, LINKS, edges, FIRMS, Map.of(), DEFAULT);

        assertThat(map.edges()).extracting(MapEdge::id).containsExactly(1L, 2L);
    }
}

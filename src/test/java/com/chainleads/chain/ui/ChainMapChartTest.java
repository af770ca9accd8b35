package com.chainleads.chain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.ChainLinkOption;
import com.chainleads.chain.service.LinkStrength;
import com.chainleads.chain.service.MapEdge;
import com.chainleads.chain.service.MapNode;
import com.chainleads.chain.service.SectorMap;
import com.chainleads.chain.service.SectorOption;
import com.chainleads.chain.service.StrengthSummary;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChainMapChartTest {

    /** Shows the key and its arguments, so the test sees what the chart asks to be translated. */
    private static final Translator KEYS = (key, args) -> key
            + (args.length == 0
                    ? ""
                    : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(",", "(", ")")));

    private static final SectorOption SECTOR = new SectorOption(1, "S", "测试产业", "Test sector", 1);

    private static MapNode node(
            long id,
            String name,
            ChainTier tier,
            long enterprises,
            LinkStrength strength,
            long leads,
            Map<String, Long> byStage,
            String investment) {
        return new MapNode(
                new ChainLinkOption(id, 1, "L" + id, name, name + " EN", tier, (int) id),
                enterprises,
                enterprises == 4 ? Map.of(CultivationTier.LITTLE_GIANT, 1L) : Map.of(),
                BigDecimal.valueOf(enterprises == 4 ? 8 : enterprises),
                strength,
                false,
                leads,
                byStage,
                new BigDecimal(investment));
    }

    private static final SectorMap MAP = new SectorMap(
            SECTOR,
            List.of(
                    node(1, "上游一", ChainTier.UPSTREAM, 4, LinkStrength.STRONG, 0, Map.of(), "0"),
                    node(2, "上游{b}|二", ChainTier.UPSTREAM, 1, LinkStrength.WEAK, 0, Map.of(), "0"),
                    node(
                            3,
                            "中游缺",
                            ChainTier.MIDSTREAM,
                            0,
                            LinkStrength.MISSING,
                            3,
                            Map.of("SIGNED", 1L, "SCREENING", 2L),
                            "12000"),
                    node(4, "下游一", ChainTier.DOWNSTREAM, 2, LinkStrength.WEAK, 0, Map.of(), "0")),
            List.of(new MapEdge(10, 1, 3), new MapEdge(11, 3, 4)),
            new StrengthSummary(1, 2, 0, 1));

    private static JsonNode data(ChainMapChart.Built built) {
        return built.option().json().at("/series/0/data");
    }

    private static JsonNode nodeWithId(ChainMapChart.Built built, String id) {
        for (JsonNode node : data(built)) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }

    @Test
    void linksSitInTheColumnOfTheirTierUnderTheHeadingsAndEdgesPointFromSupplierToCustomer() {
        ChainMapChart.Built built = new ChainMapChart(KEYS, Locale.SIMPLIFIED_CHINESE, false).sector(MAP);

        assertThat(nodeWithId(built, "tier-UPSTREAM").at("/value").toString()).isEqualTo("[0.0,0.0]");
        assertThat(nodeWithId(built, "link-1").at("/value").toString()).isEqualTo("[0.0,1.0]");
        assertThat(nodeWithId(built, "link-2").at("/value").toString()).isEqualTo("[0.0,2.0]");
        assertThat(nodeWithId(built, "link-3").at("/value").toString()).isEqualTo("[1.0,1.0]");
        assertThat(nodeWithId(built, "link-4").at("/value").toString()).isEqualTo("[2.0,1.0]");
        JsonNode series = built.option().json().at("/series/0");
        assertThat(series.get("coordinateSystem").asText()).isEqualTo("cartesian2d");
        assertThat(series.at("/links/0/source").asText()).isEqualTo("link-1");
        assertThat(series.at("/links/0/target").asText()).isEqualTo("link-3");
        assertThat(series.at("/edgeSymbol/1").asText()).isEqualTo("arrow");
        assertThat(built.height())
                .as("headings and two rows")
                .isEqualTo(3 * ChainMapChart.Geometry.of(false, false).rowHeight());
    }

    @Test
    void coloursFollowStrengthAndGapsGetADashedRedBorderAndALeadBadge() {
        ChainMapChart.Built built = new ChainMapChart(KEYS, Locale.SIMPLIFIED_CHINESE, false).sector(MAP);

        assertThat(nodeWithId(built, "link-1").at("/itemStyle/color").asText()).isEqualTo(ChainMapChart.STRONG_COLOUR);
        assertThat(nodeWithId(built, "link-2").at("/itemStyle/color").asText()).isEqualTo(ChainMapChart.WEAK_COLOUR);
        JsonNode gap = nodeWithId(built, "link-3");
        assertThat(gap.at("/itemStyle/borderColor").asText()).isEqualTo(ChainMapChart.MISSING_COLOUR);
        assertThat(gap.at("/itemStyle/borderType").asText()).isEqualTo("dashed");
        assertThat(gap.at("/label/formatter").asText()).isEqualTo("{name|中游缺}\n{badge|map.node.leads(3)}");
        assertThat(nodeWithId(built, "link-1").at("/label/formatter").asText()).isEqualTo("{name|上游一}");
    }

    @Test
    void aNameCannotBreakTheLabelMarkup() {
        ChainMapChart.Built built = new ChainMapChart(KEYS, Locale.SIMPLIFIED_CHINESE, false).sector(MAP);
        assertThat(nodeWithId(built, "link-2").at("/label/formatter").asText()).isEqualTo("{name|上游｛b｝｜二}");
        assertThat(nodeWithId(built, "link-2").get("name").asText()).isEqualTo("上游{b}|二");
    }

    @Test
    void theTooltipGivesEnterprisesLeadsByStageInPipelineOrderAndInvestment() {
        ChainMapChart chart = new ChainMapChart(KEYS, Locale.SIMPLIFIED_CHINESE, false);

        assertThat(chart.tooltip(MAP.nodes().get(2)))
                .containsExactly(
                        "中游缺",
                        "map.tooltip.enterprises(0,map.role.GAP,0)",
                        "map.tooltip.leads(3)",
                        "· map.stage.SCREENING 2",
                        "· map.stage.SIGNED 1",
                        "map.tooltip.investment(1.20 亿元)",
                        "map.tooltip.gapFilling",
                        "map.tooltip.click");
        assertThat(chart.tooltip(MAP.nodes().get(0)))
                .containsSubsequence(
                        "map.tooltip.enterprises(4,map.role.STRONG,8)",
                        "· chain.cultivation.LITTLE_GIANT 1",
                        "map.tooltip.noLeads")
                .doesNotContain("map.tooltip.gap");
    }

    @Test
    void namesFollowTheLanguage() {
        ChainMapChart.Built built = new ChainMapChart(KEYS, Locale.ENGLISH, false).sector(MAP);
        assertThat(nodeWithId(built, "link-1").get("name").asText()).isEqualTo("上游一 EN");
    }

    @Test
    void onAPhoneNodesAreNarrowerAndTheOverviewStacksTheSectors() {
        ChainMapChart.Built wide = new ChainMapChart(KEYS, Locale.SIMPLIFIED_CHINESE, false).sector(MAP);
        ChainMapChart.Built narrow = new ChainMapChart(KEYS, Locale.SIMPLIFIED_CHINESE, true).sector(MAP);
        assertThat(nodeWithId(narrow, "link-1").at("/symbolSize/0").asDouble())
                .isLessThan(nodeWithId(wide, "link-1").at("/symbolSize/0").asDouble());

        ChainMapChart.Built overview =
                new ChainMapChart(KEYS, Locale.SIMPLIFIED_CHINESE, true).overview(List.of(MAP, MAP));
        assertThat(nodeWithId(overview, "sector-S").at("/label/formatter").asText())
                .isEqualTo("测试产业  map.summary.counts(1,2,0,1)");
        assertThat(overview.option().json().at("/series/0/links").isMissingNode())
                .isTrue();
        assertThat(overview.height()).isGreaterThan(wide.height());
    }

    @Test
    void nodeIdsTellLinksAndSectorsApart() {
        assertThat(ChainMapChart.linkId("link-42")).contains(42L);
        assertThat(ChainMapChart.linkId("tier-UPSTREAM")).isEmpty();
        assertThat(ChainMapChart.sectorCode("sector-BIOMEDICINE")).contains("BIOMEDICINE");
        assertThat(ChainMapChart.sectorCode("link-1")).isEmpty();
    }
}

package com.chainleads.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.ui.chart.ChartOption.Trigger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartOptionTest {

    private static JsonNode parse(ChartOption option) throws Exception {
        return new ObjectMapper().readTree(option.toJson());
    }

    @Test
    void aBarChartHasItsCategoriesValuesAndSeriesInEChartsShape() throws Exception {
        ChartOption option = ChartOption.create()
                .tooltip(Trigger.AXIS)
                .categoryAxisX(List.of("研判", "在谈", "签约"))
                .valueAxisY()
                .series(Series.bar("线索").values(List.of(12, 5, 3)).stack("total"));

        JsonNode json = parse(option);
        assertThat(json.at("/tooltip/trigger").asText()).isEqualTo("axis");
        assertThat(json.at("/xAxis/type").asText()).isEqualTo("category");
        assertThat(json.at("/xAxis/data/1").asText()).isEqualTo("在谈");
        assertThat(json.at("/yAxis/type").asText()).isEqualTo("value");
        assertThat(json.at("/series/0/type").asText()).isEqualTo("bar");
        assertThat(json.at("/series/0/name").asText()).isEqualTo("线索");
        assertThat(json.at("/series/0/data").toString()).isEqualTo("[12,5,3]");
        assertThat(json.at("/series/0/stack").asText()).isEqualTo("total");
    }

    @Test
    void seriesAreAppendedInOrder() throws Exception {
        ChartOption option = ChartOption.create()
                .series(Series.line("签约").values(List.of(1.5, 2.25)))
                .series(Series.pie("阶段").data(List.of(DataItem.of("在谈", 4))))
                .series(Series.funnel("转化").data(List.of(DataItem.of("研判", 10), DataItem.of("签约", 2))));

        JsonNode series = parse(option).get("series");
        assertThat(series).extracting(node -> node.get("type").asText()).containsExactly("line", "pie", "funnel");
        assertThat(series.at("/0/data/1").asDouble()).isEqualTo(2.25);
        assertThat(series.at("/2/data/1/name").asText()).isEqualTo("签约");
        assertThat(series.at("/2/data/1/value").asInt()).isEqualTo(2);
    }

    @Test
    void aGraphHasFixedPositionsNodeIdsAndEdgesBetweenThem() throws Exception {
        ChartOption option = ChartOption.create()
                .series(Series.graph("链条")
                        .data(List.of(
                                DataItem.of("精密减速器")
                                        .id("link-1")
                                        .position(0, 0)
                                        .symbol("roundRect")
                                        .symbolSize(120, 32)
                                        .color("#2e7d32")
                                        .tooltip(List.of("精密减速器", "本地企业 3 家")),
                                DataItem.of("工业机器人本体").id("link-6").position(300, 0)))
                        .edges(List.of(GraphEdge.between("link-1", "link-6").color("#999"))));

        JsonNode graph = parse(option).at("/series/0");
        assertThat(graph.get("layout").asText()).isEqualTo("none");
        assertThat(graph.at("/data/0/id").asText()).isEqualTo("link-1");
        assertThat(graph.at("/data/0/x").asDouble()).isZero();
        assertThat(graph.at("/data/1/x").asDouble()).isEqualTo(300);
        assertThat(graph.at("/data/0/symbolSize").toString()).isEqualTo("[120.0,32.0]");
        assertThat(graph.at("/data/0/itemStyle/color").asText()).isEqualTo("#2e7d32");
        assertThat(graph.at("/data/0/tooltipLines/1").asText()).isEqualTo("本地企业 3 家");
        assertThat(graph.at("/links/0/source").asText()).isEqualTo("link-1");
        assertThat(graph.at("/links/0/target").asText()).isEqualTo("link-6");
        assertThat(graph.at("/links/0/lineStyle/color").asText()).isEqualTo("#999");
    }

    @Test
    void dottedPathsCreateTheObjectsOnTheWayAndKeepSiblings() {
        ChartOption option = ChartOption.create()
                .set("label.rich.badge.color", "#fff")
                .set("label.rich.badge.padding", List.of(2, 5))
                .set("label.show", true);

        assertThat(option.get("label.rich.badge.color").asText()).isEqualTo("#fff");
        assertThat(option.get("label.rich.badge.padding").toString()).isEqualTo("[2,5]");
        assertThat(option.get("label.show").asBoolean()).isTrue();
        assertThat(option.get("label.nothing")).isNull();
    }

    @Test
    void valuesOfEveryKindBecomeJson() {
        ChartOption option = ChartOption.create()
                .set("money", new BigDecimal("1234.50"))
                .set("count", 7L)
                .set("ratio", 0.5f)
                .set("map", Map.of("a", 1))
                .set("array", new Object[] {"x", 2})
                .set("tier", Locale.Category.DISPLAY)
                .set("nothing", null);

        assertThat(option.get("money").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(option.get("count").asLong()).isEqualTo(7);
        assertThat(option.get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(option.get("map.a").asInt()).isEqualTo(1);
        assertThat(option.get("array").toString()).isEqualTo("[\"x\",2]");
        assertThat(option.get("tier").asText()).isEqualTo("DISPLAY");
        assertThat(option.get("nothing").isNull()).isTrue();
        assertThatThrownBy(() -> option.set("bad", new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markupInNamesTravelsAsPlainJsonText() throws Exception {
        String evil = "<img src=x onerror=alert(1)>\"'</script>";
        ChartOption option = ChartOption.create()
                .series(Series.pie(evil).data(List.of(DataItem.of(evil, 1).tooltip(List.of(evil)))));

        String json = option.toJson();
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertThat(parsed.at("/series/0/name").asText()).isEqualTo(evil);
        assertThat(parsed.at("/series/0/data/0/name").asText()).isEqualTo(evil);
        assertThat(parsed.at("/series/0/data/0/tooltipLines/0").asText()).isEqualTo(evil);
    }

    @Test
    void theChartFollowsTheLanguageOfTheUi() {
        assertThat(EChart.echartsLocale(Locale.ENGLISH)).isEqualTo("EN");
        assertThat(EChart.echartsLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo("ZH");
        assertThat(EChart.echartsLocale(Locale.GERMAN)).isEqualTo("ZH");
    }

    @Test
    void theComponentHandsTheOptionToTheBrowserElement() {
        EChart chart = new EChart();
        ChartOption option = ChartOption.create().title("产业图谱");
        chart.setOption(option);

        assertThat(chart.getElement().getTag()).isEqualTo("cl-echart");
        assertThat(chart.getElement().getProperty("optionJson")).isEqualTo(option.toJson());
        assertThat(chart.getOption()).containsSame(option);
        chart.setChartLocale(Locale.ENGLISH);
        assertThat(chart.getElement().getAttribute("locale")).isEqualTo("EN");
    }
}

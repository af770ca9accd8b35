package com.chainleads.cockpit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.base.i18n.TranslationProvider;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.cockpit.service.ChartData;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The cockpit's chart options in English (issue 13, point 8). */
class CockpitChartsTest {

    private static final Locale EN = Locale.ENGLISH;
    private final TranslationProvider translations = new TranslationProvider();
    private final Function<String, String> t = key -> translations.getTranslation(key, EN);

    private final List<ChartData.Bar> bars = List.of(
            new ChartData.Bar("INTELLIGENT_MANUFACTURING", 12, new BigDecimal("350000"), LeadFilter.NONE),
            new ChartData.Bar("CULTURAL_TOURISM", 3, new BigDecimal("12000"), LeadFilter.NONE));

    private static JsonNode json(ChartOption option) throws Exception {
        return new ObjectMapper().readTree(option.toJson());
    }

    @Test
    void theSectorChartShowsEverySectorNameAndKeepsItsAxisTitlesInsideTheChart() throws Exception {
        JsonNode option = json(CockpitCharts.bySector(bars, code -> code + " sector with a long English name", t, EN));

        assertThat(option.at("/xAxis/axisLabel/interval").asInt(-1))
                .as("every category labelled")
                .isZero();
        assertThat(option.at("/xAxis/axisLabel/clFit").asBoolean())
                .as("wrapped or rotated to fit")
                .isTrue();
        assertThat(option.at("/grid/outerBoundsContain").asText()).isEqualTo("all");
        for (JsonNode axis : option.get("yAxis")) {
            assertThat(axis.get("nameLocation").asText())
                    .as("titles run along the axis, never cut at the edge")
                    .isEqualTo("middle");
        }
        assertThat(option.at("/yAxis/1/name").asText()).isEqualTo("Planned investment (CNY 100m)");
        assertThat(option.get("series").findValuesAsText("type"))
                .as("no line marker over a bar's label")
                .containsExactly("bar", "bar");
    }

    @Test
    void pieLabelsWrapInsteadOfEndingInAnEllipsis() throws Exception {
        JsonNode option = json(CockpitCharts.pie("Channel", bars, code -> code, t, EN));

        assertThat(option.at("/series/0/label/overflow").asText()).isEqualTo("break");
    }

    @Test
    void englishChartTextsUseNoFullWidthPunctuation() throws Exception {
        List<ChartData.FunnelStep> funnel = List.of(
                new ChartData.FunnelStep(LeadStage.REGISTERED, 20, null, LeadFilter.NONE),
                new ChartData.FunnelStep(LeadStage.SCREENING, 10, 0.5, LeadFilter.NONE));
        List<ChartData.Month> months =
                List.of(new ChartData.Month(YearMonth.of(2026, 11), 4, 1, LeadFilter.NONE, LeadFilter.NONE));
        for (ChartOption option : List.of(
                CockpitCharts.bySector(bars, code -> code, t, EN),
                CockpitCharts.funnel(funnel, t, EN),
                CockpitCharts.trend(months, t, EN),
                CockpitCharts.pie("Channel", bars, code -> code, t, EN))) {
            assertThat(option.toJson()).doesNotContain("（").doesNotContain("）").doesNotContain("：");
        }
        assertThat(CockpitCharts.funnel(funnel, t, Locale.SIMPLIFIED_CHINESE).toJson())
                .contains("（");
    }
}

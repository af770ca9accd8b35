package com.chainleads.cockpit.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.DataItem;
import com.chainleads.base.ui.chart.Series;
import com.chainleads.cockpit.service.ChartData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The cockpit's chart options, built from its chart data. Every data item's id is its index, so a click maps
 * back to the lead filter of that bar, slice or month. Texts are translated by the caller ({@code t}).
 */
final class CockpitCharts {

    static final String RED = "#b71c1c";
    static final String BLUE = "#1565c0";
    static final String GREEN = "#2e7d32";
    static final String AMBER = "#f9a825";
    private static final String[] PALETTE = {
        "#b71c1c", "#1565c0", "#2e7d32", "#f9a825", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#546e7a"
    };

    private CockpitCharts() {}

    /** Active leads (bars) and their planned investment in 亿元 (line) per sector. */
    static ChartOption bySector(
            List<ChartData.Bar> bars, Function<String, String> sectorName, Function<String, String> t, Locale locale) {
        List<String> names = bars.stream().map(b -> sectorName.apply(b.key())).toList();
        List<DataItem> counts = new ArrayList<>();
        List<DataItem> amounts = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            ChartData.Bar bar = bars.get(i);
            List<String> tooltip = List.of(
                    names.get(i),
                    Formats.labelValue(locale, t.apply("cockpit.chart.leads"), bar.count()),
                    Formats.labelValue(
                            locale, t.apply("cockpit.chart.investment"), Money.format(bar.investment(), locale)));
            counts.add(
                    DataItem.of(names.get(i), bar.count()).id(String.valueOf(i)).tooltip(tooltip));
            amounts.add(DataItem.of(names.get(i), yi(bar.investment()))
                    .id(String.valueOf(i))
                    .tooltip(tooltip));
        }
        // two bars side by side, each with its own axis and its value on top: a line's markers would sit on the
        // bars' labels (issue 13, point 8); the axis names run along the axes, inside the chart's box
        return ChartOption.create()
                .tooltip(ChartOption.Trigger.ITEM)
                .legend(true)
                .grid(36, 8, 36, 8)
                .categoryAxisX(names)
                .set("xAxis.axisLabel.interval", 0)
                .set("xAxis.axisLabel.clFit", true)
                .set(
                        "yAxis",
                        List.of(
                                valueAxis(t.apply("cockpit.chart.leads"), true),
                                valueAxis(t.apply("cockpit.chart.investmentYi"), false)))
                .series(Series.bar(t.apply("cockpit.chart.leads"))
                        .data(counts)
                        .color(RED)
                        .set("label.show", true)
                        .set("label.position", "top")
                        .set("barGap", "20%")
                        .set("labelLayout.moveOverlap", "shiftY"))
                .series(Series.bar(t.apply("cockpit.chart.investmentYi"))
                        .data(amounts)
                        .color(BLUE)
                        .set("yAxisIndex", 1)
                        .set("label.show", true)
                        .set("label.position", "top")
                        .set("labelLayout.moveOverlap", "shiftY"));
    }

    /** A value axis named along its side; the count axis draws the grid lines and counts in whole numbers. */
    private static java.util.Map<String, Object> valueAxis(String name, boolean counts) {
        java.util.Map<String, Object> axis = new java.util.LinkedHashMap<>();
        axis.put("type", "value");
        axis.put("name", name);
        axis.put("nameLocation", "middle");
        axis.put("nameGap", 36);
        axis.put("splitLine", java.util.Map.of("show", counts));
        if (counts) {
            axis.put("minInterval", 1);
        }
        return axis;
    }

    /** The stage funnel, each step labelled with how many reached it and the conversion from the step before. */
    static ChartOption funnel(List<ChartData.FunnelStep> steps, Function<String, String> t, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        List<DataItem> items = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ChartData.FunnelStep step = steps.get(i);
            String stage = t.apply(step.stage().translationKey());
            String conversion = step.conversion() == null ? "" : percent.format(step.conversion());
            String label = step.conversion() == null
                    ? stage + "  " + step.reached()
                    : Formats.withAside(locale, stage + "  " + step.reached(), conversion);
            String reached = Formats.labelValue(locale, t.apply("cockpit.chart.reached"), step.reached());
            List<String> tooltip = step.conversion() == null
                    ? List.of(stage, reached)
                    : List.of(
                            stage,
                            reached,
                            Formats.labelValue(locale, t.apply("cockpit.chart.conversion"), conversion));
            items.add(DataItem.of(stage, Math.max(step.reached(), 0))
                    .id(String.valueOf(i))
                    .tooltip(tooltip)
                    .set("label.formatter", label.replace("{", "").replace("}", "")));
        }
        return ChartOption.create()
                .tooltip(ChartOption.Trigger.ITEM)
                .palette(PALETTE)
                .series(Series.funnel(t.apply("cockpit.chart.funnel"))
                        .data(items)
                        .set("sort", "none")
                        .set("minSize", "4%")
                        .set("left", "3%")
                        .set("width", "55%")
                        .set("top", 10)
                        .set("bottom", 10)
                        .set("label.position", "right")
                        .set("label.color", "#333")
                        .set("labelLine.show", true)
                        .set("gap", 2));
    }

    /** New and signed leads per month over the last twelve months. */
    static ChartOption trend(List<ChartData.Month> months, Function<String, String> t, Locale locale) {
        List<String> names = months.stream().map(m -> m.month().toString()).toList();
        List<DataItem> created = new ArrayList<>();
        List<DataItem> signed = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ChartData.Month month = months.get(i);
            created.add(DataItem.of(names.get(i), month.newLeads())
                    .id("new-" + i)
                    .tooltip(List.of(
                            names.get(i), Formats.labelValue(locale, t.apply("cockpit.chart.new"), month.newLeads()))));
            signed.add(DataItem.of(names.get(i), month.signedLeads())
                    .id("signed-" + i)
                    .tooltip(List.of(
                            names.get(i),
                            Formats.labelValue(locale, t.apply("cockpit.chart.signed"), month.signedLeads()))));
        }
        return ChartOption.create()
                .tooltip(ChartOption.Trigger.ITEM)
                .legend(true)
                .grid(20, 20, 40, 10)
                .categoryAxisX(names)
                .valueAxisY()
                .series(Series.line(t.apply("cockpit.chart.new"))
                        .data(created)
                        .color(BLUE)
                        .set("symbolSize", 8))
                .series(Series.line(t.apply("cockpit.chart.signed"))
                        .data(signed)
                        .color(GREEN)
                        .set("symbolSize", 8));
    }

    /** A pie of leads per group (region, channel, project type). */
    static ChartOption pie(
            String title,
            List<ChartData.Bar> bars,
            Function<String, String> label,
            Function<String, String> t,
            Locale locale) {
        List<DataItem> items = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            ChartData.Bar bar = bars.get(i);
            String name = label.apply(bar.key());
            items.add(DataItem.of(name, bar.count())
                    .id(String.valueOf(i))
                    .tooltip(List.of(
                            name,
                            Formats.labelValue(locale, t.apply("cockpit.chart.leads"), bar.count()),
                            Formats.labelValue(
                                    locale,
                                    t.apply("cockpit.chart.investment"),
                                    Money.format(bar.investment(), locale)))));
        }
        // no legend: each slice's label names it, and a paged legend would hide names off its page
        return ChartOption.create()
                .tooltip(ChartOption.Trigger.ITEM)
                .palette(PALETTE)
                .series(Series.pie(title)
                        .data(items)
                        .set("radius", List.of("35%", "65%"))
                        .set("center", List.of("50%", "50%"))
                        .set("label.formatter", "{b}: {c}")
                        // long (English) names wrap instead of ending in "…" (issue 13, point 8)
                        .set("label.overflow", "break")
                        .set("label.minMargin", 4));
    }

    /** 万元 to 亿元 with one decimal, for the investment axis. */
    static BigDecimal yi(BigDecimal wan) {
        return wan.divide(Money.WAN_PER_YI, 1, RoundingMode.HALF_UP);
    }
}

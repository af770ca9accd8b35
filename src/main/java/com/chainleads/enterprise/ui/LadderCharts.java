package com.chainleads.enterprise.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.DataItem;
import com.chainleads.base.ui.chart.Series;
import com.chainleads.enterprise.service.Ladder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The ladder's chart options, built in Java for the portal's {@code EChart}. */
final class LadderCharts {

    /** From the bottom rung (科技型中小企业, blue) to the top (单项冠军, gold). */
    static final String[] PALETTE = {"#5470c6", "#3ba272", "#fac858", "#ee6666", "#c9a227"};

    private LadderCharts() {}

    /**
     * The funnel 科技型中小企业 → 高新 → 专精特新 → 小巨人 → 单项冠军, widest at the bottom rung, each step labelled
     * with its holders and this year's movement (+gained / −lapsed). Item ids are the tiers' codes, so a click
     * opens the library on that tier.
     */
    static ChartOption funnel(Ladder ladder, Function<String, String> t, Locale locale) {
        List<DataItem> items = new ArrayList<>();
        for (Ladder.Step step : ladder.steps()) {
            String tier = t.apply(step.tier().translationKey());
            String movement = "+" + step.gained() + " / −" + step.lapsed();
            // two short lines, so the label beside the funnel fits a phone's width
            String label = tier + "  " + step.holders() + "\n" + movement;
            items.add(DataItem.of(tier, step.holders())
                    .id(step.tier().name())
                    .tooltip(List.of(
                            tier,
                            Formats.labelValue(locale, t.apply("ladder.holders"), step.holders()),
                            Formats.labelValue(locale, t.apply("ladder.gained"), step.gained()),
                            Formats.labelValue(locale, t.apply("ladder.lapsed"), step.lapsed())))
                    .set("label.formatter", label.replace("{", "").replace("}", "")));
        }
        return ChartOption.create()
                .tooltip(ChartOption.Trigger.ITEM)
                .palette(PALETTE)
                .series(Series.funnel(t.apply("ladder.funnel"))
                        .data(items)
                        .set("sort", "descending")
                        .set("minSize", "8%")
                        .set("left", "3%")
                        .set("width", "55%")
                        .set("top", 10)
                        .set("bottom", 10)
                        .set("label.position", "right")
                        .set("label.color", "#333")
                        .set("labelLine.show", true)
                        .set("gap", 2));
    }
}

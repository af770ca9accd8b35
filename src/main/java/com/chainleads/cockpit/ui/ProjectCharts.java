package com.chainleads.cockpit.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.DataItem;
import com.chainleads.base.ui.chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The 项目建设 section's charts: two counts per sector, unit or department as stacked bars (滞后 and 严重滞后; open
 * issues within their deadline and overdue). Each bar's id is {@code a-i} (the first count of row i) or {@code b-i}
 * (the second), so a click maps back to the list of exactly that count.
 */
final class ProjectCharts {

    private ProjectCharts() {}

    /** One bar group: its label and its two counts. */
    record Pair(String label, long first, long second) {}

    /**
     * Vertical bars (sectors, units) or, {@code horizontal}, bars along the value axis with the labels on the left
     * (departments, whose long names would not fit under a bar on a phone). A count of 0 draws no bar and no label.
     */
    static ChartOption stacked(
            List<Pair> rows,
            String firstName,
            String secondName,
            String firstColor,
            String secondColor,
            boolean horizontal,
            Locale locale) {
        List<String> names = rows.stream().map(Pair::label).toList();
        List<DataItem> first = new ArrayList<>();
        List<DataItem> second = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Pair row = rows.get(i);
            List<String> tooltip = List.of(
                    row.label(),
                    Formats.labelValue(locale, firstName, row.first()),
                    Formats.labelValue(locale, secondName, row.second()));
            first.add(
                    DataItem.of(row.label(), nonZero(row.first())).id("a-" + i).tooltip(tooltip));
            second.add(
                    DataItem.of(row.label(), nonZero(row.second())).id("b-" + i).tooltip(tooltip));
        }
        ChartOption option = ChartOption.create()
                .tooltip(ChartOption.Trigger.ITEM)
                .legend(true)
                .grid(36, 16, 36, 8)
                .set("grid.containLabel", true);
        if (horizontal) {
            option.categoryAxisY(names)
                    .set("yAxis.inverse", true)
                    .set("yAxis.axisLabel.interval", 0)
                    .valueAxisX()
                    .set("xAxis.minInterval", 1);
        } else {
            option.categoryAxisX(names)
                    .set("xAxis.axisLabel.interval", 0)
                    .set("xAxis.axisLabel.clFit", true)
                    .valueAxisY()
                    .set("yAxis.minInterval", 1);
        }
        return option.series(Series.bar(firstName)
                        .data(first)
                        .color(firstColor)
                        .set("stack", "total")
                        .set("label.show", true))
                .series(Series.bar(secondName)
                        .data(second)
                        .color(secondColor)
                        .set("stack", "total")
                        .set("label.show", true));
    }

    private static @Nullable Long nonZero(long count) {
        return count == 0 ? null : count;
    }
}

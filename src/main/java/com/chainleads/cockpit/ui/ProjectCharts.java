package com.chainleads.cockpit.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.DataItem;
import com.chainleads.base.ui.chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 项目建设 section's charts: two counts per sector, unit or department as stacked bars (滞后 and 严重滞后; open
 * issues not yet overdue and overdue). Each bar's id is {@code a-i} (the first count of row i) or {@code b-i} (the
 * second), so a click maps back to the list of exactly that count.
 */
final class ProjectCharts {

    private ProjectCharts() {}

    /** One bar group: its label and its two counts. */
    record Pair(String label, long first, long second) {}

    static ChartOption stacked(
            List<Pair> rows,
            String firstName,
            String secondName,
            String firstColor,
            String secondColor,
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
            first.add(DataItem.of(row.label(), row.first()).id("a-" + i).tooltip(tooltip));
            second.add(DataItem.of(row.label(), row.second()).id("b-" + i).tooltip(tooltip));
        }
        return ChartOption.create()
                .tooltip(ChartOption.Trigger.ITEM)
                .legend(true)
                .grid(36, 8, 36, 8)
                .categoryAxisX(names)
                .set("xAxis.axisLabel.interval", 0)
                .set("xAxis.axisLabel.clFit", true)
                .valueAxisY()
                .series(Series.bar(firstName)
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
}

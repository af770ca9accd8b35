package com.chainleads.construction.ui;

import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.Series;
import com.chainleads.construction.service.InvestmentRow;
import java.math.BigDecimal;
import java.util.List;

/**
 * The cumulative 完成投资 curve of a project: planned and completed totals month by month (万元), as an option for
 * the portal's one chart component.
 */
final class InvestmentCurve {

    /** The chart's texts, already translated. */
    record Labels(String planned, String completed) {}

    private InvestmentCurve() {}

    static ChartOption option(List<InvestmentRow> months, Labels labels) {
        List<String> categories =
                months.stream().map(row -> row.month().toString()).toList();
        List<BigDecimal> planned =
                months.stream().map(InvestmentRow::cumulativePlanned).toList();
        List<BigDecimal> completed =
                months.stream().map(InvestmentRow::cumulativeCompleted).toList();
        return ChartOption.create()
                .tooltip(ChartOption.Trigger.AXIS)
                .legend(true)
                .palette("#8c9bab", "#1676f3")
                .grid(36, 16, 28, 56)
                .categoryAxisX(categories)
                .valueAxisY()
                .series(Series.line(labels.planned()).values(planned))
                .series(Series.line(labels.completed()).values(completed));
    }
}

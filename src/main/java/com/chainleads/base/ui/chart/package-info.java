/**
 * The one chart component of the portal: {@link com.chainleads.base.ui.chart.EChart} wraps Apache ECharts (served
 * as a static resource, no npm build). Views build an ECharts option with {@link
 * com.chainleads.base.ui.chart.ChartOption}, {@link com.chainleads.base.ui.chart.Series} and {@link
 * com.chainleads.base.ui.chart.DataItem} — bar, line, pie, funnel and graph charts alike — and receive clicks as
 * {@link com.chainleads.base.ui.chart.ChartClickEvent}s.
 */
@NullMarked
package com.chainleads.base.ui.chart;

import org.jspecify.annotations.NullMarked;

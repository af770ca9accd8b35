package com.chainleads.base.ui.chart;

import java.util.List;

/**
 * One ECharts series. Start with the factory of its type — {@link #bar}, {@link #line}, {@link #pie},
 * {@link #funnel}, {@link #graph} — then add data and settings.
 */
public final class Series extends OptionNode<Series> {

    private Series(String type, String name) {
        set("type", type).set("name", name);
    }

    public static Series bar(String name) {
        return new Series("bar", name);
    }

    public static Series line(String name) {
        return new Series("line", name);
    }

    public static Series pie(String name) {
        return new Series("pie", name);
    }

    public static Series funnel(String name) {
        return new Series("funnel", name);
    }

    /**
     * A graph with fixed node positions ({@code layout: none}): give the nodes {@link DataItem#position} (or, on a
     * cartesian grid with {@code coordinateSystem: cartesian2d}, {@link DataItem#coordinates}) and the edges as
     * {@link GraphEdge}s.
     */
    public static Series graph(String name) {
        return new Series("graph", name).set("layout", "none").set("roam", false);
    }

    /** Plain values, one per category. */
    public Series values(List<? extends Number> values) {
        return set("data", values);
    }

    /** Data items with their own names, ids, colours or tooltips; for a graph, its nodes. */
    public Series data(List<DataItem> items) {
        return set("data", items);
    }

    /** The edges of a graph series. */
    public Series edges(List<GraphEdge> edges) {
        return set("links", edges);
    }

    /** Stacks this series on others with the same stack name (bar and line). */
    public Series stack(String stack) {
        return set("stack", stack);
    }

    public Series color(String colour) {
        return set("itemStyle.color", colour);
    }
}

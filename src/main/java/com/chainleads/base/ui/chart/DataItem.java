package com.chainleads.base.ui.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data item of a series (a bar, a slice, a graph node …) with the things Java needs to say about it: a
 * name, a value, an {@link #id} that comes back in {@link ChartClickEvent#getDataId()}, a colour and a
 * plain-text tooltip.
 */
public final class DataItem extends OptionNode<DataItem> {

    private DataItem(String name) {
        set("name", name);
    }

    public static DataItem of(String name) {
        return new DataItem(name);
    }

    public static DataItem of(String name, @Nullable Number value) {
        return new DataItem(name).set("value", value);
    }

    /** An id of ours (e.g. a record id) reported back with clicks; graph edges refer to nodes by it. */
    public DataItem id(String id) {
        return set("id", id);
    }

    public DataItem color(String colour) {
        return set("itemStyle.color", colour);
    }

    /**
     * The tooltip as plain-text lines; the first is shown as the heading. The browser escapes them, so data
     * never becomes markup.
     */
    public DataItem tooltip(List<String> lines) {
        return set("tooltipLines", lines);
    }

    /** Fixed position of a graph node, in the graph's own coordinates (fitted into the chart). */
    public DataItem position(double x, double y) {
        return set("x", x).set("y", y);
    }

    /**
     * Coordinates on a cartesian grid: the value of a scatter point, or the place of a graph node whose series
     * has {@code coordinateSystem: cartesian2d} (positions follow the axes, node sizes stay in pixels).
     */
    public DataItem coordinates(double x, double y) {
        return set("value", List.of(x, y));
    }

    /** Symbol of a graph node or scatter point: "circle", "rect", "roundRect", "diamond" … */
    public DataItem symbol(String symbol) {
        return set("symbol", symbol);
    }

    public DataItem symbolSize(double width, double height) {
        return set("symbolSize", List.of(width, height));
    }
}

package com.chainleads.base.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A whole ECharts option (see the ECharts option reference), built in Java and handed to {@link EChart}. Helpers
 * cover the common settings of the portal's charts — title, tooltip, legend, palette, cartesian axes, series;
 * anything else is reachable through {@link #set(String, Object)}.
 *
 * <pre>{@code
 * ChartOption.create()
 *     .tooltip(Trigger.AXIS)
 *     .categoryAxisX(List.of("研判", "在谈", "签约"))
 *     .valueAxisY()
 *     .series(Series.bar("线索").values(List.of(12, 5, 3)));
 * }</pre>
 *
 * Texts are data, never markup: ECharts draws them on a canvas, and the browser element escapes everything that
 * goes into the (HTML) tooltip. Multi-line tooltips of a data item go through {@link DataItem#tooltip(List)}.
 */
public final class ChartOption extends OptionNode<ChartOption> {

    /** When the tooltip shows: on an item, or for everything on one axis position. */
    public enum Trigger {
        ITEM,
        AXIS,
        NONE;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private ChartOption() {
        set("animationDuration", 300);
    }

    public static ChartOption create() {
        return new ChartOption();
    }

    public ChartOption title(String text) {
        return set("title.text", text).set("title.left", "center");
    }

    public ChartOption title(String text, String subtext) {
        return title(text).set("title.subtext", subtext);
    }

    public ChartOption tooltip(Trigger trigger) {
        return set("tooltip.trigger", trigger.value());
    }

    public ChartOption legend(boolean show) {
        return set("legend.show", show).set("legend.bottom", 0).set("legend.type", "scroll");
    }

    /** The colours series and data items take in turn, as CSS colours. */
    public ChartOption palette(String... colours) {
        return set("color", List.of(colours));
    }

    /** Space around the cartesian grid, in pixels or percent ("10%"). */
    public ChartOption grid(Object top, Object right, Object bottom, Object left) {
        // everything — axis labels and axis names — stays inside the chart's box (ECharts 6 outer bounds)
        return set("grid.top", top)
                .set("grid.right", right)
                .set("grid.bottom", bottom)
                .set("grid.left", left)
                .set("grid.outerBoundsMode", "same")
                .set("grid.outerBoundsContain", "all");
    }

    public ChartOption categoryAxisX(List<String> categories) {
        return set("xAxis.type", "category").set("xAxis.data", categories);
    }

    public ChartOption categoryAxisY(List<String> categories) {
        return set("yAxis.type", "category").set("yAxis.data", categories);
    }

    public ChartOption valueAxisX() {
        return set("xAxis.type", "value");
    }

    public ChartOption valueAxisY() {
        return set("yAxis.type", "value");
    }

    /** Appends a series. */
    public ChartOption series(Series series) {
        if (!(json().get("series") instanceof ArrayNode)) {
            json().putArray("series");
        }
        ((ArrayNode) json().get("series")).add(series.json());
        return this;
    }

    /** The JSON text the browser receives. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(json());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return toJson();
    }
}

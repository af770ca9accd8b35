package com.chainleads.base.ui.chart;

/** An edge of a graph series, from one node to another by their {@link DataItem#id ids}. */
public final class GraphEdge extends OptionNode<GraphEdge> {

    private GraphEdge(String sourceId, String targetId) {
        set("source", sourceId).set("target", targetId);
    }

    public static GraphEdge between(String sourceId, String targetId) {
        return new GraphEdge(sourceId, targetId);
    }

    public GraphEdge color(String colour) {
        return set("lineStyle.color", colour);
    }
}

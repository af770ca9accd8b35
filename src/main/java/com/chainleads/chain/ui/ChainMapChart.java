package com.chainleads.chain.ui;

import com.chainleads.base.ui.Money;
import com.chainleads.base.ui.chart.ChartOption;
import com.chainleads.base.ui.chart.DataItem;
import com.chainleads.base.ui.chart.GraphEdge;
import com.chainleads.base.ui.chart.Series;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.service.LeadStages;
import com.chainleads.chain.service.LinkRole;
import com.chainleads.chain.service.MapNode;
import com.chainleads.chain.service.SectorMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the ECharts option of the industry map: a graph with fixed positions, links in three columns (上游 /
 * 中游 / 下游), edges as arrows from supplier to customer, colour by the link's role (强链 / 弱链 / 延链 / 补链), a badge with the active leads
 * and a plain-text tooltip. Node ids are {@code link-<id>} (see {@link #linkId}); column and sector headings have
 * ids {@code tier-…} and {@code sector-<CODE>}.
 */
public final class ChainMapChart {

    public static final String STRONG_COLOUR = "#2e7d32";
    public static final String WEAK_COLOUR = "#f9a825";
    public static final String MISSING_COLOUR = "#c62828";
    static final String MISSING_FILL = "#ffebee";
    /** 延链: a missing link next to a strong one. */
    public static final String EXTEND_COLOUR = "#6a1b9a";

    static final String EXTEND_FILL = "#f3e5f5";
    static final String BADGE_COLOUR = "#1565c0";
    static final String EDGE_COLOUR = "#90a4ae";
    static final String LINK_PREFIX = "link-";
    static final String SECTOR_PREFIX = "sector-";
    static final String TIER_PREFIX = "tier-";

    /** Pixel sizes of one layout: desktop or phone. */
    record Geometry(int nodeWidth, int nodeHeight, int rowHeight, int fontSize, int headerHeight) {
        static Geometry of(boolean compact, boolean overview) {
            if (overview) {
                return compact ? new Geometry(104, 28, 34, 10, 30) : new Geometry(180, 28, 34, 12, 30);
            }
            return compact ? new Geometry(104, 48, 62, 11, 30) : new Geometry(184, 48, 66, 13, 34);
        }
    }

    private final Translator texts;
    private final Locale locale;
    private final boolean compact;

    /**
     * @param compact phone layout: narrower nodes and smaller type
     */
    public ChainMapChart(Translator texts, Locale locale, boolean compact) {
        this.texts = texts;
        this.locale = locale;
        this.compact = compact;
    }

    /** The link id behind a node id, if it is a link's node. */
    public static Optional<Long> linkId(String dataId) {
        return dataId.startsWith(LINK_PREFIX)
                ? Optional.of(Long.parseLong(dataId.substring(LINK_PREFIX.length())))
                : Optional.empty();
    }

    /** The sector code behind a sector heading's id (overview). */
    public static Optional<String> sectorCode(String dataId) {
        return dataId.startsWith(SECTOR_PREFIX)
                ? Optional.of(dataId.substring(SECTOR_PREFIX.length()))
                : Optional.empty();
    }

    /** A built chart: its option and the height in pixels it needs to draw every row. */
    public record Built(ChartOption option, int height) {}

    /** One sector's chain with its edges. */
    public Built sector(SectorMap map) {
        Geometry geometry = Geometry.of(compact, false);
        List<DataItem> nodes = new ArrayList<>(tierHeadings(0, geometry));
        int rows = placeTiers(map, 1, nodes, geometry, false);
        List<GraphEdge> edges = map.edges().stream()
                .map(edge -> GraphEdge.between(LINK_PREFIX + edge.fromLinkId(), LINK_PREFIX + edge.toLinkId()))
                .toList();
        Series graph = graph(map.sector().name(locale), nodes, geometry)
                .edges(edges)
                .set("edgeSymbol", List.of("none", "arrow"))
                .set("edgeSymbolSize", compact ? 6 : 8)
                .set("lineStyle.color", EDGE_COLOUR)
                .set("lineStyle.width", 1.2)
                .set("lineStyle.curveness", 0.12)
                .set("lineStyle.opacity", 0.75)
                .set("emphasis.focus", "adjacency")
                .set("emphasis.lineStyle.width", 2.5);
        return new Built(option(graph, rows + 1), height(rows + 1, geometry));
    }

    /** All sectors stacked, each with its links in the three columns; no edges. */
    public Built overview(List<SectorMap> maps) {
        Geometry geometry = Geometry.of(compact, true);
        List<DataItem> nodes = new ArrayList<>(tierHeadings(0, geometry));
        int row = 1;
        for (SectorMap map : maps) {
            nodes.add(DataItem.of(map.sector().name(locale))
                    .id(SECTOR_PREFIX + map.sector().code())
                    .coordinates(1, row)
                    .symbol("rect")
                    .symbolSize(3 * geometry.nodeWidth(), geometry.nodeHeight())
                    .set("itemStyle.color", "rgba(0,0,0,0)")
                    .set("label.formatter", safe(map.sector().name(locale)) + "  " + safe(summaryText(map)))
                    .set("label.fontWeight", "bold")
                    .set("label.width", 3 * geometry.nodeWidth() - 12)
                    .set("label.fontSize", geometry.fontSize() + 1)
                    .set("label.color", "#37474f")
                    .tooltip(List.of(map.sector().name(locale), summaryText(map), texts.t("map.overview.open"))));
            row = row + 1 + placeTiers(map, row + 1, nodes, geometry, true);
        }
        Series graph = graph(texts.t("map.overview.title"), nodes, geometry);
        return new Built(option(graph, row), height(row, geometry));
    }

    String summaryText(SectorMap map) {
        return texts.t(
                "map.summary.counts",
                map.summary().strong(),
                map.summary().weak(),
                map.summary().extend(),
                map.summary().gap());
    }

    /** Height in pixels the chart needs for this many rows. */
    static int height(int rows, Geometry geometry) {
        return rows * geometry.rowHeight();
    }

    /**
     * The graph sits on a hidden cartesian grid: three columns (x 0, 1, 2) that share the chart's width and rows
     * (y 0, 1, …) of fixed height, while nodes keep their pixel size (a "view" graph would scale them).
     */
    private static ChartOption option(Series graph, int rows) {
        return ChartOption.create()
                .set("animationDuration", 250)
                .set("tooltip.trigger", "item")
                .grid(0, 0, 0, 0)
                .set("grid.containLabel", false)
                .set("xAxis", java.util.Map.of("type", "value", "min", -0.5, "max", 2.5, "show", false))
                .set(
                        "yAxis",
                        java.util.Map.of(
                                "type", "value", "min", -0.5, "max", rows - 0.5, "inverse", true, "show", false))
                .series(graph);
    }

    private Series graph(String name, List<DataItem> nodes, Geometry geometry) {
        return Series.graph(name)
                .data(nodes)
                .set("coordinateSystem", "cartesian2d")
                .set("label.show", true)
                .set("label.position", "inside")
                .set("label.width", geometry.nodeWidth() - 12)
                .set("label.overflow", "truncate")
                .set("label.fontSize", geometry.fontSize())
                .set("label.lineHeight", geometry.fontSize() + 4)
                .set("label.rich.badge.backgroundColor", BADGE_COLOUR)
                .set("label.rich.badge.color", "#fff")
                .set("label.rich.badge.borderRadius", 8)
                .set("label.rich.badge.padding", List.of(1, 6))
                .set("label.rich.badge.fontSize", geometry.fontSize() - 1)
                .set("label.rich.badge.fontWeight", "bold")
                .set("emphasis.scale", false);
    }

    private List<DataItem> tierHeadings(int row, Geometry geometry) {
        List<DataItem> headings = new ArrayList<>();
        for (ChainTier tier : ChainTier.values()) {
            headings.add(DataItem.of(texts.t(tier.translationKey()))
                    .id(TIER_PREFIX + tier.name())
                    .coordinates(tier.ordinal(), row)
                    .symbol("rect")
                    .symbolSize(geometry.nodeWidth(), geometry.headerHeight() - 6)
                    .set("itemStyle.color", "#eceff1")
                    .set("label.fontWeight", "bold")
                    .set("label.color", "#37474f")
                    .set("tooltip.show", false));
        }
        return headings;
    }

    /** Places the links tier by tier in three columns from {@code firstRow}; returns the rows used. */
    private int placeTiers(SectorMap map, int firstRow, List<DataItem> nodes, Geometry geometry, boolean small) {
        int rows = 0;
        for (ChainTier tier : ChainTier.values()) {
            List<MapNode> column = map.nodes().stream()
                    .filter(node -> node.link().tier() == tier)
                    .toList();
            for (int i = 0; i < column.size(); i++) {
                nodes.add(node(column.get(i), tier.ordinal(), firstRow + i, geometry, small));
            }
            rows = Math.max(rows, column.size());
        }
        return rows;
    }

    DataItem node(MapNode node, int column, int row, Geometry geometry, boolean small) {
        String name = node.name(locale);
        String label = "{name|" + safe(name) + "}";
        if (node.activeLeads() > 0) {
            label += small
                    ? " {badge|" + node.activeLeads() + "}"
                    : "\n{badge|" + safe(texts.t("map.node.leads", node.activeLeads())) + "}";
        }
        DataItem item = DataItem.of(name)
                .id(LINK_PREFIX + node.id())
                .coordinates(column, row)
                .symbol("roundRect")
                .symbolSize(geometry.nodeWidth(), geometry.nodeHeight())
                .set("label.formatter", label)
                .set("label.rich.name.fontSize", geometry.fontSize())
                .tooltip(tooltip(node));
        return switch (node.role()) {
            case STRONG -> item.color(STRONG_COLOUR).set("label.rich.name.color", "#fff");
            case WEAK -> item.color(WEAK_COLOUR).set("label.rich.name.color", "#3e2723");
            case EXTEND -> missing(item, EXTEND_FILL, EXTEND_COLOUR);
            case GAP -> missing(item, MISSING_FILL, MISSING_COLOUR);
        };
    }

    private static DataItem missing(DataItem item, String fill, String colour) {
        return item.color(fill)
                .set("itemStyle.borderColor", colour)
                .set("itemStyle.borderWidth", 2)
                .set("itemStyle.borderType", "dashed")
                .set("label.rich.name.color", colour)
                .set("label.rich.name.fontWeight", "bold");
    }

    /** The tooltip of a link: local enterprises and strength, active leads by stage, planned investment. */
    List<String> tooltip(MapNode node) {
        List<String> lines = new ArrayList<>();
        lines.add(node.name(locale));
        lines.add(texts.t(
                "map.tooltip.enterprises",
                node.localEnterprises(),
                texts.t(node.role().translationKey()),
                node.strengthScore().toPlainString()));
        node.rankedEnterprises().entrySet().stream()
                .sorted(Map.Entry.<CultivationTier, Long>comparingByKey().reversed())
                .forEach(e -> lines.add("· " + texts.t(e.getKey().translationKey()) + " " + e.getValue()));
        if (node.activeLeads() == 0) {
            lines.add(texts.t("map.tooltip.noLeads"));
        } else {
            lines.add(texts.t("map.tooltip.leads", node.activeLeads()));
            node.activeLeadsByStage().entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Long> e) -> LeadStages.rank(e.getKey())))
                    .forEach(
                            e -> lines.add("· " + texts.t(LeadStages.translationKey(e.getKey())) + " " + e.getValue()));
            lines.add(texts.t("map.tooltip.investment", Money.format(node.plannedInvestmentWan(), locale)));
        }
        if (node.role() == LinkRole.EXTEND) {
            lines.add(texts.t(node.isGapBeingFilled() ? "map.tooltip.extendFilling" : "map.tooltip.extend"));
        } else if (node.role() == LinkRole.GAP) {
            lines.add(texts.t(node.isGapBeingFilled() ? "map.tooltip.gapFilling" : "map.tooltip.gap"));
        }
        lines.add(texts.t("map.tooltip.click"));
        return lines;
    }

    /** Text inside an ECharts label template: braces and bars would start rich-text markup, so they are swapped. */
    static String safe(String text) {
        return text.replace('{', '｛').replace('}', '｝').replace('|', '｜');
    }
}

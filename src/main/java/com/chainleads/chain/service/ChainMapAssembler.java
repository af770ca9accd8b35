package com.chainleads.chain.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the chain strength is computed: puts a sector's links together with their local-enterprise counts and
 * lead statistics, rates each link 强 / 弱 / 缺 and sums the sector up. Pure: no database, no security.
 */
public final class ChainMapAssembler {

    private ChainMapAssembler() {}

    /**
     * @param links              the sector's links (any order; the map lists them in chain order)
     * @param edges              edges; those not between two of the links are left out
     * @param enterprisesPerLink local enterprises per link id; absent means none
     * @param leadsPerLink       active lead statistics per link id; absent means no leads
     */
    public static SectorMap assemble(
            SectorOption sector,
            List<ChainLinkOption> links,
            List<MapEdge> edges,
            Map<Long, Long> enterprisesPerLink,
            Map<Long, LinkLeadStats> leadsPerLink,
            StrengthThresholds thresholds) {
        List<MapNode> nodes = links.stream()
                .filter(link -> link.sectorId() == sector.id())
                .sorted(ChainReferenceService.CHAIN_ORDER)
                .map(link -> node(
                        link, enterprisesPerLink.getOrDefault(link.id(), 0L), leadsPerLink.get(link.id()), thresholds))
                .toList();
        Set<Long> ids = nodes.stream().map(MapNode::id).collect(Collectors.toSet());
        List<MapEdge> sectorEdges = edges.stream()
                .filter(edge -> ids.contains(edge.fromLinkId()) && ids.contains(edge.toLinkId()))
                .toList();
        return new SectorMap(sector, nodes, sectorEdges, StrengthSummary.of(nodes));
    }

    static MapNode node(ChainLinkOption link, long enterprises, LinkLeadStats leads, StrengthThresholds thresholds) {
        if (leads == null) {
            return new MapNode(link, enterprises, thresholds.strengthOf(enterprises), 0, Map.of(), BigDecimal.ZERO);
        }
        return new MapNode(
                link,
                enterprises,
                thresholds.strengthOf(enterprises),
                leads.activeLeads(),
                Map.copyOf(leads.activeLeadsByStage()),
                leads.plannedInvestmentWan() == null ? BigDecimal.ZERO : leads.plannedInvestmentWan());
    }
}

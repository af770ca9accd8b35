package com.chainleads.chain.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LinkTierCount;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where the chain strength is computed: puts a sector's links together with their local enterprises per top tier
 * and lead statistics, weighs each link's firms by tier ({@link StrengthRules}), rates it 强 / 弱 / 缺, tells the
 * missing links next to a strong one (延链) from the other gaps (补链) and sums the sector up. Pure: no database,
 * no security.
 */
public final class ChainMapAssembler {

    private ChainMapAssembler() {}

    /**
     * @param links          the sector's links (any order; the map lists them in chain order)
     * @param edges          edges; those not between two of the links are left out
     * @param tiersPerLink   local enterprises per top tier, by link id; absent means none
     * @param leadsPerLink   active lead statistics per link id; absent means no leads
     */
    public static SectorMap assemble(
            SectorOption sector,
            List<ChainLinkOption> links,
            List<MapEdge> edges,
            Map<Long, List<LinkTierCount>> tiersPerLink,
            Map<Long, LinkLeadStats> leadsPerLink,
            StrengthRules rules) {
        List<MapNode> rated = links.stream()
                .filter(link -> link.sectorId() == sector.id())
                .sorted(ChainReferenceService.CHAIN_ORDER)
                .map(link ->
                        node(link, tiersPerLink.getOrDefault(link.id(), List.of()), leadsPerLink.get(link.id()), rules))
                .toList();
        Set<Long> ids = rated.stream().map(MapNode::id).collect(Collectors.toSet());
        List<MapEdge> sectorEdges = edges.stream()
                .filter(edge -> ids.contains(edge.fromLinkId()) && ids.contains(edge.toLinkId()))
                .toList();
        Set<Long> strong = rated.stream()
                .filter(node -> node.strength() == LinkStrength.STRONG)
                .map(MapNode::id)
                .collect(Collectors.toSet());
        Set<Long> nextToStrong = new HashSet<>();
        for (MapEdge edge : sectorEdges) {
            if (strong.contains(edge.fromLinkId())) {
                nextToStrong.add(edge.toLinkId());
            }
            if (strong.contains(edge.toLinkId())) {
                nextToStrong.add(edge.fromLinkId());
            }
        }
        List<MapNode> nodes = rated.stream()
                .map(node -> nextToStrong.contains(node.id()) ? node.nextToStrong(true) : node)
                .toList();
        return new SectorMap(sector, nodes, sectorEdges, StrengthSummary.of(nodes));
    }

    /** One link rated on its own; {@code nextToStrong} needs the whole chain and is left false here. */
    static MapNode node(
            ChainLinkOption link, List<LinkTierCount> tiers, @Nullable LinkLeadStats leads, StrengthRules rules) {
        long enterprises = tiers.stream().mapToLong(LinkTierCount::count).sum();
        Map<CultivationTier, Long> ranked = new EnumMap<>(CultivationTier.class);
        tiers.stream()
                .filter(count -> count.tier() != null)
                .forEach(count -> ranked.merge(count.tier(), count.count(), Long::sum));
        BigDecimal score = rules.score(tiers).stripTrailingZeros();
        LinkStrength strength = rules.strengthOf(score);
        if (leads == null) {
            return new MapNode(
                    link, enterprises, Map.copyOf(ranked), score, strength, false, 0, Map.of(), BigDecimal.ZERO);
        }
        return new MapNode(
                link,
                enterprises,
                Map.copyOf(ranked),
                score,
                strength,
                false,
                leads.activeLeads(),
                Map.copyOf(leads.activeLeadsByStage()),
                leads.plannedInvestmentWan() == null ? BigDecimal.ZERO : leads.plannedInvestmentWan());
    }
}

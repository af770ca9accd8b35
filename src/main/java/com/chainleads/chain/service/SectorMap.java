package com.chainleads.chain.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One sector's chain as the industry map shows it: nodes in chain order, edges, and the strength summary. */
public record SectorMap(SectorOption sector, List<MapNode> nodes, List<MapEdge> edges, StrengthSummary summary) {

    public Optional<MapNode> node(long linkId) {
        return nodes.stream().filter(node -> node.id() == linkId).findFirst();
    }

    /** The missing links (缺), in chain order. */
    public List<MapNode> gaps() {
        return nodes.stream()
                .filter(node -> node.strength() == LinkStrength.MISSING)
                .toList();
    }

    public long activeLeads() {
        return nodes.stream().mapToLong(MapNode::activeLeads).sum();
    }

    public BigDecimal plannedInvestmentWan() {
        return nodes.stream().map(MapNode::plannedInvestmentWan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

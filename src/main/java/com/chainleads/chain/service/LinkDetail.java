package com.chainleads.chain.service;

import com.chainleads.chain.domain.CultivationTier;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one link for the map's side panel: its node, its local enterprises grouped by top tier (highest
 * first, at most {@code ChainMapService#PANEL_ENTERPRISES} listed), the active leads the node's
 * badge counts (by stage, at most a page of them) and, apart, the leads on it the badge does not count (暂缓, 达产).
 *
 * @param countedLeads how many active leads there are in all; more than listed when the page is full
 * @param notCounted leads on the link that are not active, at most a page
 * @param notCountedLeads how many of those there are in all
 * @param countedList the lead list's query parameters for exactly the counted leads
 */
public record LinkDetail(
        SectorOption sector,
        MapNode node,
        List<TierGroup> enterpriseGroups,
        List<StageGroup> leadsByStage,
        long countedLeads,
        List<LinkLeadItem> notCounted,
        long notCountedLeads,
        Map<String, List<String>> countedList) {

    /**
     * The local enterprises holding one top tier ({@code null}: none), largest output first.
     *
     * @param total how many there are on the link; more than listed when the panel's page is full
     */
    public record TierGroup(@Nullable CultivationTier tier, long total, List<EnterpriseOnLink> listed) {}

    /** The local enterprises listed, in panel order. */
    public List<EnterpriseOnLink> enterprises() {
        return enterpriseGroups.stream()
                .flatMap(group -> group.listed().stream())
                .toList();
    }

    /** The leads of one stage, largest planned investment first. */
    public record StageGroup(String stage, List<LinkLeadItem> leads) {}

    /** How many counted leads the panel lists. */
    public int visibleLeads() {
        return leadsByStage.stream().mapToInt(group -> group.leads().size()).sum();
    }
}

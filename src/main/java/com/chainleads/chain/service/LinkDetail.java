package com.chainleads.chain.service;

import java.util.List;
import java.util.Map;

/**
 * Everything about one link for the map's side panel: its node, local enterprises, the active leads the node's
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
        List<EnterpriseOnLink> enterprises,
        List<StageGroup> leadsByStage,
        long countedLeads,
        List<LinkLeadItem> notCounted,
        long notCountedLeads,
        Map<String, List<String>> countedList) {

    /** The leads of one stage, largest planned investment first. */
    public record StageGroup(String stage, List<LinkLeadItem> leads) {}

    /** How many counted leads the panel lists. */
    public int visibleLeads() {
        return leadsByStage.stream().mapToInt(group -> group.leads().size()).sum();
    }
}

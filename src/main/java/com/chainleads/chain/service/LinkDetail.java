package com.chainleads.chain.service;

import java.util.List;

/** Everything about one link for the map's side panel: its node, local enterprises and leads by stage. */
public record LinkDetail(SectorOption sector, MapNode node, List<EnterpriseOnLink> enterprises,
        List<StageGroup> leadsByStage) {

    /** The leads of one stage, largest planned investment first. */
    public record StageGroup(String stage, List<LinkLeadItem> leads) {
    }

    public int visibleLeads() {
        return leadsByStage.stream().mapToInt(group -> group.leads().size()).sum();
    }
}

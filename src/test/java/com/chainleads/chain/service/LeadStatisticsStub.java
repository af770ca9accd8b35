package com.chainleads.chain.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A hand-filled {@link ChainLeadStatistics} for service tests: leads are put on link ids directly. */
class LeadStatisticsStub implements ChainLeadStatistics {

    final Map<Long, LinkLeadStats> stats = new HashMap<>();
    final Map<Long, List<LinkLeadItem>> items = new HashMap<>();
    final Map<Long, Long> allLeads = new HashMap<>();

    ObjectProvider<ChainLeadStatistics> provider() {
        return new StaticListableBeanFactory(Map.of("leadStatistics", this)).getBeanProvider(ChainLeadStatistics.class);
    }

    static ObjectProvider<ChainLeadStatistics> none() {
        return new StaticListableBeanFactory().getBeanProvider(ChainLeadStatistics.class);
    }

    LeadStatisticsStub lead(long linkId, long leadId, String stage, String investment) {
        LinkLeadItem item = new LinkLeadItem(
                leadId,
                "ZS-T-" + leadId,
                "项目" + leadId,
                "投资方" + leadId,
                stage,
                new BigDecimal(investment),
                "招商一科",
                "Investment Division 1",
                "李明",
                null);
        items.computeIfAbsent(linkId, id -> new ArrayList<>()).add(item);
        allLeads.merge(linkId, 1L, Long::sum);
        LinkLeadStats old = stats.getOrDefault(linkId, new LinkLeadStats(linkId, 0, Map.of(), BigDecimal.ZERO));
        Map<String, Long> byStage = new HashMap<>(old.activeLeadsByStage());
        byStage.merge(stage, 1L, Long::sum);
        stats.put(
                linkId,
                new LinkLeadStats(
                        linkId,
                        old.activeLeads() + 1,
                        byStage,
                        old.plannedInvestmentWan().add(item.totalInvestmentWan())));
        return this;
    }

    @Override
    public Map<Long, LinkLeadStats> statsForSector(long sectorId) {
        return stats;
    }

    @Override
    public Map<Long, LinkLeadStats> statsForAllSectors() {
        return stats;
    }

    @Override
    public LinkLeads leadsOnLink(long chainLinkId, int limit) {
        List<LinkLeadItem> all = items.getOrDefault(chainLinkId, List.of());
        return new LinkLeads(
                all.stream().limit(limit).toList(),
                all.size(),
                List.of(),
                0,
                Map.of("link", List.of(String.valueOf(chainLinkId))));
    }

    @Override
    public long countAllLeadsOnLink(long chainLinkId) {
        return allLeads.getOrDefault(chainLinkId, 0L);
    }
}

package com.chainleads.lead.service;

import com.chainleads.chain.service.ChainLeadStatistics;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.chain.service.LinkLeadItem;
import com.chainleads.chain.service.LinkLeadStats;
import com.chainleads.chain.service.LinkLeads;
import com.chainleads.lead.domain.LeadGroupTotals;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadSortKey;
import com.chainleads.lead.domain.LeadStage;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the industry map's questions about leads: active leads per chain link by stage with their planned
 * investment (one grouped query per map), the leads on one link, and how many leads would block removing a link.
 * Visibility is the caller's, as everywhere in the lead register.
 */
@Component
@Transactional(readOnly = true)
class LeadChainStatistics implements ChainLeadStatistics {

    /** On a link but not counted by its badge: on hold, or producing at full capacity. Lost leads are left out. */
    private static final Set<LeadStage> NOT_COUNTED = notCounted();

    private static Set<LeadStage> notCounted() {
        EnumSet<LeadStage> stages = EnumSet.complementOf(EnumSet.copyOf(LeadStage.ACTIVE));
        stages.remove(LeadStage.LOST);
        return Set.copyOf(stages);
    }

    private final LeadFigures figures;
    private final LeadQueries leads;
    private final LeadRepository repository;
    private final ChainReferenceService chains;

    LeadChainStatistics(
            LeadFigures figures, LeadQueries leads, LeadRepository repository, ChainReferenceService chains) {
        this.figures = figures;
        this.leads = leads;
        this.repository = repository;
        this.chains = chains;
    }

    @Override
    public Map<Long, LinkLeadStats> statsForSector(long sectorId) {
        return stats(figures.activeLeadsByLinkAndStage(sectorId));
    }

    @Override
    public Map<Long, LinkLeadStats> statsForAllSectors() {
        return stats(figures.activeLeadsByLinkAndStage(null));
    }

    private static Map<Long, LinkLeadStats> stats(List<LeadGroupTotals> groups) {
        Map<Long, Map<String, Long>> byStage = new HashMap<>();
        Map<Long, BigDecimal> investment = new HashMap<>();
        for (LeadGroupTotals group : groups) {
            String[] key = group.key().split("\\|");
            long linkId = Long.parseLong(key[0]);
            byStage.computeIfAbsent(linkId, id -> new LinkedHashMap<>()).put(key[1], group.count());
            investment.merge(linkId, group.totalInvestment(), BigDecimal::add);
        }
        Map<Long, LinkLeadStats> stats = new HashMap<>();
        byStage.forEach((linkId, stages) -> stats.put(
                linkId,
                new LinkLeadStats(
                        linkId,
                        stages.values().stream().mapToLong(Long::longValue).sum(),
                        Map.copyOf(stages),
                        investment.getOrDefault(linkId, BigDecimal.ZERO))));
        return stats;
    }

    /**
     * Through the lead list's query side (search index), a page of each kind and their counts: fast however many
     * leads a link has. The counted ones are exactly the badge's: the active stages.
     */
    @Override
    public LinkLeads leadsOnLink(long chainLinkId, int limit) {
        return chains.link(chainLinkId)
                .map(link -> {
                    LeadFilter counted =
                            LeadFilter.NONE.withChainLink(link.code()).withStages(LeadStage.ACTIVE);
                    LeadFilter notCounted =
                            LeadFilter.NONE.withChainLink(link.code()).withStages(NOT_COUNTED);
                    return new LinkLeads(
                            items(counted, limit),
                            leads.count(counted),
                            items(notCounted, limit),
                            leads.count(notCounted),
                            counted.toParameters());
                })
                .orElse(LinkLeads.NONE);
    }

    private List<LinkLeadItem> items(LeadFilter filter, int limit) {
        return leads
                .findRows(
                        filter,
                        PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, LeadSortKey.TOTAL_INVESTMENT.property())))
                .stream()
                .map(row -> new LinkLeadItem(
                        row.id(),
                        row.leadNo(),
                        row.projectName(),
                        row.investorName(),
                        row.stage().name(),
                        row.totalInvestment() == null ? BigDecimal.ZERO : row.totalInvestment(),
                        row.unitNameZh(),
                        row.unitNameEn(),
                        row.ownerName(),
                        row.lastFollowUpOn()))
                .toList();
    }

    @Override
    public long countAllLeadsOnLink(long chainLinkId) {
        return repository.countByChainLinkId(chainLinkId);
    }
}

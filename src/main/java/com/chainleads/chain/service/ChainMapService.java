package com.chainleads.chain.service;

import com.chainleads.chain.domain.ChainEdge;
import com.chainleads.chain.domain.ChainEdgeRepository;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.LinkCount;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.domain.LocalEnterpriseRepository;
import com.chainleads.chain.domain.SectorRepository;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The industry map (产业图谱): each sector's chain with the local strength of every link and the active leads on
 * it. One sector costs a handful of queries whatever the number of links, enterprises or leads: links, edges,
 * one grouped count of local enterprises, one lead aggregate (through {@link ChainLeadStatistics}).
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class ChainMapService {

    /**
     * The most leads of each kind the side panel lists; a link with more offers "查看全部 N 条" (the lead list). A
     * page of the search index, however many leads there are.
     */
    public static final int PANEL_LEADS = 30;

    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final ChainEdgeRepository edges;
    private final LocalEnterpriseRepository enterprises;
    private final ObjectProvider<ChainLeadStatistics> leadStatistics;
    private final StrengthThresholds thresholds;

    ChainMapService(
            SectorRepository sectors,
            ChainLinkRepository links,
            ChainEdgeRepository edges,
            LocalEnterpriseRepository enterprises,
            ObjectProvider<ChainLeadStatistics> leadStatistics,
            StrengthThresholds thresholds) {
        this.sectors = sectors;
        this.links = links;
        this.edges = edges;
        this.enterprises = enterprises;
        this.leadStatistics = leadStatistics;
        this.thresholds = thresholds;
    }

    public StrengthThresholds thresholds() {
        return thresholds;
    }

    /** The map of one sector, by its code (e.g. ELECTRONIC_INFORMATION). */
    public Optional<SectorMap> sectorMap(String sectorCode) {
        return sectors.findByCode(sectorCode)
                .map(ChainReferenceService::toOption)
                .map(sector -> {
                    List<ChainLinkOption> sectorLinks = links.findBySectorIdOrderBySortOrderAsc(sector.id()).stream()
                            .map(ChainReferenceService::toOption)
                            .toList();
                    List<MapEdge> sectorEdges = edges.findBySector(sector.id()).stream()
                            .map(ChainMapService::toEdge)
                            .toList();
                    Map<Long, Long> counts = toMap(enterprises.countPerLinkOfSector(sector.id()));
                    ChainLeadStatistics leads = leadStatistics.getIfAvailable();
                    Map<Long, LinkLeadStats> leadStats = leads == null ? Map.of() : leads.statsForSector(sector.id());
                    return ChainMapAssembler.assemble(sector, sectorLinks, sectorEdges, counts, leadStats, thresholds);
                });
    }

    /** The maps of all five sectors at once, in sector order. */
    public List<SectorMap> overview() {
        List<ChainLinkOption> allLinks = links.findAllByOrderBySectorSortOrderAscSortOrderAsc().stream()
                .map(ChainReferenceService::toOption)
                .toList();
        List<MapEdge> allEdges =
                edges.findAllWithLinks().stream().map(ChainMapService::toEdge).toList();
        Map<Long, Long> counts = toMap(enterprises.countPerLink());
        ChainLeadStatistics leads = leadStatistics.getIfAvailable();
        Map<Long, LinkLeadStats> leadStats = leads == null ? Map.of() : leads.statsForAllSectors();
        return sectors.findAllByOrderBySortOrderAsc().stream()
                .map(ChainReferenceService::toOption)
                .map(sector -> ChainMapAssembler.assemble(sector, allLinks, allEdges, counts, leadStats, thresholds))
                .toList();
    }

    /** A link's local enterprises and the leads on it the current user may see, grouped by stage. */
    public Optional<LinkDetail> linkDetail(long linkId) {
        return links.findWithSectorById(linkId).map(link -> detail(link));
    }

    private LinkDetail detail(ChainLink link) {
        SectorOption sector = ChainReferenceService.toOption(link.getSector());
        List<EnterpriseOnLink> onLink = enterprises.findOnLink(link.getId()).stream()
                .map(ChainMapService::toEnterprise)
                .toList();
        ChainLeadStatistics leads = leadStatistics.getIfAvailable();
        LinkLeadStats stats =
                leads == null ? null : leads.statsForSector(sector.id()).get(link.getId());
        MapNode node = ChainMapAssembler.node(ChainReferenceService.toOption(link), onLink.size(), stats, thresholds);
        LinkLeads onLinkLeads = leads == null ? LinkLeads.NONE : leads.leadsOnLink(link.getId(), PANEL_LEADS);
        Map<String, List<LinkLeadItem>> byStage = onLinkLeads.counted().stream()
                .sorted(Comparator.comparingInt((LinkLeadItem item) -> LeadStages.rank(item.stage())))
                .collect(Collectors.groupingBy(LinkLeadItem::stage, LinkedHashMap::new, Collectors.toList()));
        List<LinkDetail.StageGroup> groups = byStage.entrySet().stream()
                .map(entry -> new LinkDetail.StageGroup(
                        entry.getKey(),
                        entry.getValue().stream()
                                .sorted(Comparator.comparing(
                                        LinkLeadItem::totalInvestmentWan,
                                        Comparator.nullsLast(Comparator.reverseOrder())))
                                .toList()))
                .toList();
        return new LinkDetail(
                sector,
                node,
                onLink,
                groups,
                onLinkLeads.countedTotal(),
                onLinkLeads.notCounted(),
                onLinkLeads.notCountedTotal(),
                onLinkLeads.countedList());
    }

    private static Map<Long, Long> toMap(List<LinkCount> counts) {
        return counts.stream().collect(Collectors.toMap(LinkCount::chainLinkId, LinkCount::count));
    }

    private static MapEdge toEdge(ChainEdge edge) {
        return new MapEdge(edge.getId(), edge.getFrom().getId(), edge.getTo().getId());
    }

    static EnterpriseOnLink toEnterprise(LocalEnterprise enterprise) {
        return new EnterpriseOnLink(
                enterprise.getId(),
                enterprise.getName(),
                enterprise.getCreditCode().value(),
                enterprise.getCultivationTier(),
                enterprise.getAnnualOutputWan(),
                enterprise.getJobs());
    }
}

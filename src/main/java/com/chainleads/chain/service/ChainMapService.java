package com.chainleads.chain.service;

import com.chainleads.chain.domain.ChainEdge;
import com.chainleads.chain.domain.ChainEdgeRepository;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.chain.domain.LinkTierCount;
import com.chainleads.chain.domain.LocalEnterprise;
import com.chainleads.chain.domain.LocalEnterpriseRepository;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.chain.domain.StrengthRuleRepository;
import com.chainleads.chain.summary.LinkTierCounts;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The industry map (产业图谱): each sector's chain with the local strength of every link and the active leads on
 * it. One sector costs a handful of queries whatever the number of links, enterprises or leads: links, edges, the
 * strength rules, the firms per link and top tier (the read model {@link LinkTierCounts}, links × tiers rows kept in
 * step by the enterprise library), one lead aggregate (through {@link ChainLeadStatistics}).
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

    /** The most local enterprises the side panel lists (highest tier first); each group says how many it has. */
    public static final int PANEL_ENTERPRISES = 60;

    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final ChainEdgeRepository edges;
    private final LocalEnterpriseRepository enterprises;
    private final ObjectProvider<ChainLeadStatistics> leadStatistics;
    private final StrengthRuleRepository strengthRules;
    private final LinkTierCounts mapCounts;

    ChainMapService(
            SectorRepository sectors,
            ChainLinkRepository links,
            ChainEdgeRepository edges,
            LocalEnterpriseRepository enterprises,
            ObjectProvider<ChainLeadStatistics> leadStatistics,
            StrengthRuleRepository strengthRules,
            LinkTierCounts mapCounts) {
        this.sectors = sectors;
        this.links = links;
        this.edges = edges;
        this.enterprises = enterprises;
        this.leadStatistics = leadStatistics;
        this.strengthRules = strengthRules;
        this.mapCounts = mapCounts;
    }

    /** How tiers weigh and where strong and weak begin (reference data, a handful of rows). */
    public StrengthRules rules() {
        return StrengthRules.of(strengthRules.findAll());
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
                    Map<Long, List<LinkTierCount>> counts = byLink(mapCounts.ofSector(sector.id()));
                    ChainLeadStatistics leads = leadStatistics.getIfAvailable();
                    Map<Long, LinkLeadStats> leadStats = leads == null ? Map.of() : leads.statsForSector(sector.id());
                    return ChainMapAssembler.assemble(sector, sectorLinks, sectorEdges, counts, leadStats, rules());
                });
    }

    /** The maps of all five sectors at once, in sector order. */
    public List<SectorMap> overview() {
        List<ChainLinkOption> allLinks = links.findAllByOrderBySectorSortOrderAscSortOrderAsc().stream()
                .map(ChainReferenceService::toOption)
                .toList();
        List<MapEdge> allEdges =
                edges.findAllWithLinks().stream().map(ChainMapService::toEdge).toList();
        Map<Long, List<LinkTierCount>> counts = byLink(mapCounts.all());
        StrengthRules rules = rules();
        ChainLeadStatistics leads = leadStatistics.getIfAvailable();
        Map<Long, LinkLeadStats> leadStats = leads == null ? Map.of() : leads.statsForAllSectors();
        return sectors.findAllByOrderBySortOrderAsc().stream()
                .map(ChainReferenceService::toOption)
                .map(sector -> ChainMapAssembler.assemble(sector, allLinks, allEdges, counts, leadStats, rules))
                .toList();
    }

    /** A link's local enterprises and the leads on it the current user may see, grouped by stage. */
    public Optional<LinkDetail> linkDetail(long linkId) {
        return links.findWithSectorById(linkId).map(link -> detail(link));
    }

    private LinkDetail detail(ChainLink link) {
        SectorOption sector = ChainReferenceService.toOption(link.getSector());
        List<LinkTierCount> tierCounts = mapCounts.onLink(link.getId());
        Map<Optional<CultivationTier>, List<EnterpriseOnLink>> listed =
                enterprises.findOnLinkByTier(link.getId(), PageRequest.of(0, PANEL_ENTERPRISES)).stream()
                        .map(ChainMapService::toEnterprise)
                        .collect(Collectors.groupingBy(
                                e -> Optional.ofNullable(e.cultivationTier()),
                                LinkedHashMap::new,
                                Collectors.toList()));
        List<LinkDetail.TierGroup> groups = tierCounts.stream()
                .sorted(Comparator.comparingInt((LinkTierCount count) -> rank(count.tier()))
                        .reversed())
                .map(count -> new LinkDetail.TierGroup(
                        count.tier(), count.count(), listed.getOrDefault(Optional.ofNullable(count.tier()), List.of())))
                .toList();
        // the node as the sector's map draws it: 延链 or 补链 depends on the neighbours
        MapNode node =
                sectorMap(sector.code()).flatMap(map -> map.node(link.getId())).orElseThrow();
        ChainLeadStatistics leads = leadStatistics.getIfAvailable();
        LinkLeads onLinkLeads = leads == null ? LinkLeads.NONE : leads.leadsOnLink(link.getId(), PANEL_LEADS);
        Map<String, List<LinkLeadItem>> byStage = onLinkLeads.counted().stream()
                .sorted(Comparator.comparingInt((LinkLeadItem item) -> LeadStages.rank(item.stage())))
                .collect(Collectors.groupingBy(LinkLeadItem::stage, LinkedHashMap::new, Collectors.toList()));
        List<LinkDetail.StageGroup> leadGroups = byStage.entrySet().stream()
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
                groups,
                leadGroups,
                onLinkLeads.countedTotal(),
                onLinkLeads.notCounted(),
                onLinkLeads.notCountedTotal(),
                onLinkLeads.countedList());
    }

    private static Map<Long, List<LinkTierCount>> byLink(List<LinkTierCount> counts) {
        return counts.stream().collect(Collectors.groupingBy(LinkTierCount::chainLinkId));
    }

    /** Unranked firms last, then the ladder from the lowest rung up. */
    private static int rank(@Nullable CultivationTier tier) {
        return tier == null ? -1 : tier.ordinal();
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

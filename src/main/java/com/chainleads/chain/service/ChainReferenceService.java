package com.chainleads.chain.service;

import com.chainleads.chain.domain.ChainEdge;
import com.chainleads.chain.domain.ChainEdgeRepository;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.Sector;
import com.chainleads.chain.domain.SectorRepository;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the chain reference data: sectors and the links and edges of their chains. */
@Service
@PermitAll
@Transactional(readOnly = true)
public class ChainReferenceService {

    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final ChainEdgeRepository edges;

    ChainReferenceService(SectorRepository sectors, ChainLinkRepository links, ChainEdgeRepository edges) {
        this.sectors = sectors;
        this.links = links;
        this.edges = edges;
    }

    public List<SectorOption> sectors() {
        return sectors.findAllByOrderBySortOrderAsc().stream()
                .map(s -> new SectorOption(s.getId(), s.getCode(), s.getNameZh(), s.getNameEn())).toList();
    }

    /** All links of all sectors, in sector and chain order. */
    public List<ChainLinkOption> chainLinks() {
        return links.findAllByOrderBySectorSortOrderAscSortOrderAsc().stream()
                .map(l -> new ChainLinkOption(l.getId(), l.getCode(), l.getSector().getId(), l.getNameZh(),
                        l.getNameEn(), l.getTier(), l.getSortOrder()))
                .toList();
    }

    public List<SectorSummary> sectorSummaries() {
        Map<Long, List<ChainLink>> linksBySector = links.findAllByOrderBySectorSortOrderAscSortOrderAsc().stream()
                .collect(Collectors.groupingBy(link -> link.getSector().getId()));
        return sectors.findAllByOrderBySortOrderAsc().stream()
                .map(sector -> summarise(sector, linksBySector.getOrDefault(sector.getId(), List.of())))
                .toList();
    }

    private SectorSummary summarise(Sector sector, List<ChainLink> sectorLinks) {
        Map<ChainTier, Long> perTier = sectorLinks.stream()
                .collect(Collectors.groupingBy(ChainLink::getTier, Collectors.counting()));
        Function<ChainTier, Integer> count = tier -> perTier.getOrDefault(tier, 0L).intValue();
        List<ChainEdge> sectorEdges = edges.findBySector(sector.getId());
        return new SectorSummary(sector.getId(), sector.getCode(), sector.getNameZh(), sector.getNameEn(),
                count.apply(ChainTier.UPSTREAM), count.apply(ChainTier.MIDSTREAM), count.apply(ChainTier.DOWNSTREAM),
                sectorEdges.size());
    }
}

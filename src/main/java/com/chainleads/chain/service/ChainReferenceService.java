package com.chainleads.chain.service;

import com.chainleads.chain.domain.ChainEdgeRepository;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.domain.Sector;
import com.chainleads.chain.domain.SectorRepository;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the chain reference data: sectors and the links and edges of their chains. Other features
 * (e.g. the lead forms) use the records {@link SectorOption} and {@link ChainLinkOption}.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class ChainReferenceService {

    /** How links are listed: 上游, 中游, 下游, then the administrators' order. */
    static final Comparator<ChainLinkOption> CHAIN_ORDER = Comparator.comparing(ChainLinkOption::tier)
            .thenComparingInt(ChainLinkOption::sortOrder)
            .thenComparingLong(ChainLinkOption::id);

    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final ChainEdgeRepository edges;
    private final ChainOptions options;

    ChainReferenceService(
            SectorRepository sectors, ChainLinkRepository links, ChainEdgeRepository edges, ChainOptions options) {
        this.sectors = sectors;
        this.links = links;
        this.edges = edges;
        this.options = options;
    }

    public List<SectorSummary> sectorSummaries() {
        Map<Long, List<ChainLink>> linksBySector = links.findAllByOrderBySectorSortOrderAscSortOrderAsc().stream()
                .collect(Collectors.groupingBy(link -> link.getSector().getId()));
        Map<Long, Long> edgesBySector = edges.findAllWithLinks().stream()
                .collect(
                        Collectors.groupingBy(edge -> edge.getFrom().getSector().getId(), Collectors.counting()));
        return sectors.findAllByOrderBySortOrderAsc().stream()
                .map(sector -> summarise(
                        sector,
                        linksBySector.getOrDefault(sector.getId(), List.of()),
                        edgesBySector.getOrDefault(sector.getId(), 0L).intValue()))
                .toList();
    }

    /** The five sectors in their order; one immutable list shared by every caller. */
    public List<SectorOption> sectors() {
        return options.sectors.get();
    }

    public Optional<SectorOption> sectorByCode(String code) {
        return sectors.findByCode(code).map(ChainReferenceService::toOption);
    }

    /** The links of one sector: 上游, 中游, 下游, each in the administrators' order. */
    public List<ChainLinkOption> linksOfSector(long sectorId) {
        return links.findBySectorIdOrderBySortOrderAsc(sectorId).stream()
                .map(ChainReferenceService::toOption)
                .sorted(CHAIN_ORDER)
                .toList();
    }

    /** All links of all sectors, sector by sector in chain order; one immutable list shared by every caller. */
    public List<ChainLinkOption> allLinks() {
        return options.links.get();
    }

    public Optional<ChainLinkOption> linkByCode(String code) {
        return links.findByCode(code).map(ChainReferenceService::toOption);
    }

    public Optional<ChainLinkOption> link(long id) {
        return links.findById(id).map(ChainReferenceService::toOption);
    }

    static SectorOption toOption(Sector sector) {
        return new SectorOption(
                sector.getId(), sector.getCode(), sector.getNameZh(), sector.getNameEn(), sector.getSortOrder());
    }

    static ChainLinkOption toOption(ChainLink link) {
        return new ChainLinkOption(
                link.getId(),
                link.getSector().getId(),
                link.getCode(),
                link.getNameZh(),
                link.getNameEn(),
                link.getTier(),
                link.getSortOrder());
    }

    private static SectorSummary summarise(Sector sector, List<ChainLink> sectorLinks, int sectorEdges) {
        Map<ChainTier, Long> perTier =
                sectorLinks.stream().collect(Collectors.groupingBy(ChainLink::getTier, Collectors.counting()));
        Function<ChainTier, Integer> count =
                tier -> perTier.getOrDefault(tier, 0L).intValue();
        return new SectorSummary(
                sector.getId(),
                sector.getCode(),
                sector.getNameZh(),
                sector.getNameEn(),
                count.apply(ChainTier.UPSTREAM),
                count.apply(ChainTier.MIDSTREAM),
                count.apply(ChainTier.DOWNSTREAM),
                sectorEdges);
    }
}

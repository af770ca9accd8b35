package com.chainleads.chain.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.chain.domain.ChainEdge;
import com.chainleads.chain.domain.ChainEdgeRepository;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.LinkCount;
import com.chainleads.chain.domain.LocalEnterpriseRepository;
import com.chainleads.chain.domain.Sector;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.chain.summary.LinkTierCounts;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators edit the chains: add, rename, move (上游 / 中游 / 下游) and remove links, add and remove edges.
 * The rules: names unique within a sector (Chinese and English), edges only between two different links of one
 * sector and never twice, and a link that leads or local enterprises point to stays until they are re-mapped.
 */
@Service
@RolesAllowed(Role.ADMIN_NAME)
@Transactional
public class ChainEditService {

    static final int MAX_NAME_ZH = 100;
    static final int MAX_NAME_EN = 150;
    private static final Logger log = LoggerFactory.getLogger(ChainEditService.class);

    private final SectorRepository sectors;
    private final ChainLinkRepository links;
    private final ChainEdgeRepository edges;
    private final LocalEnterpriseRepository enterprises;
    private final ObjectProvider<ChainLeadStatistics> leadStatistics;
    private final ChainOptions options;
    private final LinkTierCounts mapCounts;

    ChainEditService(
            SectorRepository sectors,
            ChainLinkRepository links,
            ChainEdgeRepository edges,
            LocalEnterpriseRepository enterprises,
            ObjectProvider<ChainLeadStatistics> leadStatistics,
            ChainOptions options,
            LinkTierCounts mapCounts) {
        this.sectors = sectors;
        this.links = links;
        this.edges = edges;
        this.enterprises = enterprises;
        this.leadStatistics = leadStatistics;
        this.options = options;
        this.mapCounts = mapCounts;
    }

    @Transactional(readOnly = true)
    public EditableChain chain(long sectorId) {
        Sector sector = sectors.findById(sectorId)
                .orElseThrow(() -> new BusinessRuleException("chain.edit.error.sectorNotFound"));
        Map<Long, Long> counts = enterprises.countPerLinkOfSector(sectorId).stream()
                .collect(Collectors.toMap(LinkCount::chainLinkId, LinkCount::count));
        List<ChainLink> sectorLinks = links.findBySectorIdOrderBySortOrderAsc(sectorId);
        Map<Long, ChainLinkOption> options = sectorLinks.stream()
                .map(ChainReferenceService::toOption)
                .collect(Collectors.toMap(ChainLinkOption::id, Function.identity()));
        List<EditableChain.Link> editable = sectorLinks.stream()
                .map(link -> new EditableChain.Link(
                        options.get(link.getId()), link.getVersion(), counts.getOrDefault(link.getId(), 0L)))
                .sorted(Comparator.comparing(EditableChain.Link::link, ChainReferenceService.CHAIN_ORDER))
                .toList();
        List<EditableChain.Edge> sectorEdges = edges.findBySector(sectorId).stream()
                .map(edge -> new EditableChain.Edge(
                        edge.getId(),
                        options.get(edge.getFrom().getId()),
                        options.get(edge.getTo().getId())))
                .sorted(Comparator.comparing(EditableChain.Edge::from, ChainReferenceService.CHAIN_ORDER)
                        .thenComparing(EditableChain.Edge::to, ChainReferenceService.CHAIN_ORDER))
                .toList();
        return new EditableChain(ChainReferenceService.toOption(sector), editable, sectorEdges);
    }

    public ChainLinkOption addLink(long sectorId, LinkCommand command) {
        Sector sector = sectors.findById(sectorId)
                .orElseThrow(() -> new BusinessRuleException("chain.edit.error.sectorNotFound"));
        String nameZh = name(command.nameZh(), "nameZh", MAX_NAME_ZH);
        String nameEn = name(command.nameEn(), "nameEn", MAX_NAME_EN);
        if (command.tier() == null) {
            throw new BusinessRuleException("tier", "chain.edit.error.tier");
        }
        checkUniqueNames(sectorId, null, nameZh, nameEn);
        ChainLink link = new ChainLink(
                sector, newCode(sector, nameEn), nameZh, nameEn, command.tier(), links.maxSortOrder(sectorId) + 1);
        links.saveAndFlush(link);
        mapCounts.makeRows(); // the new link's zero rows, so saves only update them
        options.linksChanged();
        log.info("Chain link {} ({}) added to sector {}", link.getCode(), nameZh, sector.getCode());
        return ChainReferenceService.toOption(link);
    }

    /** Renames a link and/or moves it to another part of the chain (it goes to the end there). */
    public ChainLinkOption updateLink(long linkId, long version, LinkCommand command) {
        ChainLink link = load(linkId, version);
        String nameZh = name(command.nameZh(), "nameZh", MAX_NAME_ZH);
        String nameEn = name(command.nameEn(), "nameEn", MAX_NAME_EN);
        if (command.tier() == null) {
            throw new BusinessRuleException("tier", "chain.edit.error.tier");
        }
        long sectorId = link.getSector().getId();
        checkUniqueNames(sectorId, link.getId(), nameZh, nameEn);
        if (command.tier() != link.getTier()) {
            link.setTier(command.tier());
            link.setSortOrder(links.maxSortOrder(sectorId) + 1);
        }
        link.setNameZh(nameZh);
        link.setNameEn(nameEn);
        ChainLinkOption saved = ChainReferenceService.toOption(links.saveAndFlush(link));
        options.linksChanged();
        return saved;
    }

    /** Removes a link and its edges; refused while leads or local enterprises point to it. */
    public void removeLink(long linkId, long version) {
        ChainLink link = load(linkId, version);
        ChainLeadStatistics leads = leadStatistics.getIfAvailable();
        long leadCount = leads == null ? 0 : leads.countAllLeadsOnLink(linkId);
        long enterpriseCount = enterprises.countOnLink(linkId);
        if (leadCount > 0 || enterpriseCount > 0) {
            throw new BusinessRuleException(
                    null, "chain.edit.error.linkInUse", link.getNameZh(), leadCount, enterpriseCount);
        }
        int removedEdges = edges.deleteTouching(linkId);
        links.delete(link);
        links.flush();
        options.linksChanged();
        log.info("Chain link {} removed with {} edges", link.getCode(), removedEdges);
    }

    public EditableChain.Edge addEdge(long fromLinkId, long toLinkId) {
        if (fromLinkId == toLinkId) {
            throw new BusinessRuleException("to", "chain.edit.error.edgeToItself");
        }
        ChainLink from = links.findWithSectorById(fromLinkId)
                .orElseThrow(() -> new BusinessRuleException("from", "chain.edit.error.linkNotFound"));
        ChainLink to = links.findWithSectorById(toLinkId)
                .orElseThrow(() -> new BusinessRuleException("to", "chain.edit.error.linkNotFound"));
        if (!from.getSector().getId().equals(to.getSector().getId())) {
            throw new BusinessRuleException("to", "chain.edit.error.edgeAcrossSectors");
        }
        if (edges.existsByFromIdAndToId(fromLinkId, toLinkId)) {
            throw new BusinessRuleException("to", "chain.edit.error.edgeDuplicate", from.getNameZh(), to.getNameZh());
        }
        ChainEdge edge = edges.saveAndFlush(new ChainEdge(from, to));
        return new EditableChain.Edge(
                edge.getId(), ChainReferenceService.toOption(from), ChainReferenceService.toOption(to));
    }

    public void removeEdge(long edgeId) {
        ChainEdge edge =
                edges.findById(edgeId).orElseThrow(() -> new BusinessRuleException("chain.edit.error.edgeNotFound"));
        edges.delete(edge);
        edges.flush();
    }

    private ChainLink load(long linkId, long version) {
        ChainLink link = links.findWithSectorById(linkId)
                .orElseThrow(() -> new BusinessRuleException("chain.edit.error.linkNotFound"));
        if (link.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ChainLink.class, linkId);
        }
        return link;
    }

    private void checkUniqueNames(long sectorId, @Nullable Long exceptLinkId, String nameZh, String nameEn) {
        for (ChainLink other : links.findBySectorIdOrderBySortOrderAsc(sectorId)) {
            if (other.getId().equals(exceptLinkId)) {
                continue;
            }
            if (normalised(other.getNameZh()).equals(normalised(nameZh))) {
                throw new BusinessRuleException("nameZh", "chain.edit.error.duplicateName", nameZh);
            }
            if (normalised(other.getNameEn()).equals(normalised(nameEn))) {
                throw new BusinessRuleException("nameEn", "chain.edit.error.duplicateName", nameEn);
            }
        }
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String name(@Nullable String input, String field, int maxLength) {
        String name = input == null ? "" : input.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > maxLength) {
            throw new BusinessRuleException(field, "chain.edit.error.name", maxLength);
        }
        return name;
    }

    /** A readable, unique code such as IM_HYDRAULICS, from the sector's prefix and the English name. */
    String newCode(Sector sector, String nameEn) {
        String prefix = links.findBySectorIdOrderBySortOrderAsc(sector.getId()).stream()
                .map(ChainLink::getCode)
                .filter(code -> code.indexOf('_') > 0)
                .map(code -> code.substring(0, code.indexOf('_')))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseGet(() -> Arrays.stream(sector.getCode().split("_"))
                        .map(word -> word.substring(0, 1))
                        .collect(Collectors.joining()));
        String body =
                nameEn.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (body.isEmpty()) {
            body = "LINK";
        }
        String base = prefix + "_" + (body.length() > 40 ? body.substring(0, 40).replaceAll("_+$", "") : body);
        String code = base;
        for (int n = 2; links.existsByCode(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}

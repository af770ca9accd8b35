package com.chainleads.chain.service;

import com.chainleads.base.SharedSnapshot;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.SectorRepository;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The sectors and chain links as options, loaded once and shared by every session (each lead list, lead form,
 * cockpit and import offers them) instead of one copy per view. {@link ChainEditService} tells it when the
 * links change; read through {@link ChainReferenceService}, inside its transaction.
 */
@Component
class ChainOptions {

    /** Changes made elsewhere (another node, the database directly) show after at most this long. */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    final SharedSnapshot<List<SectorOption>> sectors;
    final SharedSnapshot<List<ChainLinkOption>> links;

    ChainOptions(SectorRepository sectorRepository, ChainLinkRepository linkRepository) {
        sectors = new SharedSnapshot<>(
                MAX_AGE,
                () -> sectorRepository.findAllByOrderBySortOrderAsc().stream()
                        .map(ChainReferenceService::toOption)
                        .toList());
        links = new SharedSnapshot<>(
                MAX_AGE,
                () -> linkRepository.findAllByOrderBySectorSortOrderAscSortOrderAsc().stream()
                        .sorted(Comparator.comparingInt(
                                        (ChainLink link) -> link.getSector().getSortOrder())
                                .thenComparing(ChainLink::getTier)
                                .thenComparingInt(ChainLink::getSortOrder))
                        .map(ChainReferenceService::toOption)
                        .toList());
    }

    /** A link was added, renamed, moved or removed. */
    void linksChanged() {
        links.changed();
    }
}

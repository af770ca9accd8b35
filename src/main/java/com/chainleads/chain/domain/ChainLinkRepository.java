package com.chainleads.chain.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChainLinkRepository extends JpaRepository<ChainLink, Long> {

    @EntityGraph(attributePaths = "sector")
    List<ChainLink> findAllByOrderBySectorSortOrderAscSortOrderAsc();

    List<ChainLink> findBySectorIdOrderBySortOrderAsc(Long sectorId);

    Optional<ChainLink> findByCode(String code);
}

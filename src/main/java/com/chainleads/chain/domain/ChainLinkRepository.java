package com.chainleads.chain.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChainLinkRepository extends JpaRepository<ChainLink, Long> {

    @EntityGraph(attributePaths = "sector")
    List<ChainLink> findAllByOrderBySectorSortOrderAscSortOrderAsc();

    List<ChainLink> findBySectorIdOrderBySortOrderAsc(Long sectorId);

    @EntityGraph(attributePaths = "sector")
    Optional<ChainLink> findByCode(String code);

    @EntityGraph(attributePaths = "sector")
    Optional<ChainLink> findWithSectorById(long id);

    boolean existsByCode(String code);

    @Query("select coalesce(max(l.sortOrder), 0) from ChainLink l where l.sector.id = :sectorId")
    int maxSortOrder(long sectorId);
}

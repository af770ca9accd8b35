package com.chainleads.chain.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ChainEdgeRepository extends JpaRepository<ChainEdge, Long> {

    @Query("select e from ChainEdge e join fetch e.from f join fetch e.to where f.sector.id = :sectorId")
    List<ChainEdge> findBySector(Long sectorId);

    @Query("select e from ChainEdge e join fetch e.from join fetch e.to")
    List<ChainEdge> findAllWithLinks();

    boolean existsByFromIdAndToId(long fromId, long toId);

    @Modifying
    @Query("delete from ChainEdge e where e.from.id = :linkId or e.to.id = :linkId")
    int deleteTouching(long linkId);
}

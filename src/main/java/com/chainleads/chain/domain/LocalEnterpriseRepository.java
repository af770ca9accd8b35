package com.chainleads.chain.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface LocalEnterpriseRepository
        extends JpaRepository<LocalEnterprise, Long>, JpaSpecificationExecutor<LocalEnterprise> {

    /** Local enterprises per link of one sector, in one grouped query; links without any are absent. */
    @Query("""
            select new com.chainleads.chain.domain.LinkCount(l.id, count(e.id))
            from LocalEnterprise e join e.links l
            where l.sector.id = :sectorId
            group by l.id""")
    List<LinkCount> countPerLinkOfSector(long sectorId);

    /** The first firms of a link for the map's side panel: highest tier first, then the largest output. */
    @Query("""
            select e from LocalEnterprise e join e.links l
            where l.id = :linkId
            order by case e.cultivationTier
                when com.chainleads.chain.domain.CultivationTier.SINGLE_CHAMPION then 5
                when com.chainleads.chain.domain.CultivationTier.LITTLE_GIANT then 4
                when com.chainleads.chain.domain.CultivationTier.SPECIALIZED then 3
                when com.chainleads.chain.domain.CultivationTier.HIGH_TECH then 2
                when com.chainleads.chain.domain.CultivationTier.TECH_SME then 1
                else 0 end desc,
              e.annualOutputWan desc nulls last, e.name, e.id""")
    List<LocalEnterprise> findOnLinkByTier(long linkId, Pageable page);

    /** Local enterprises per link of every sector, in one grouped query. */
    @Query("""
            select new com.chainleads.chain.domain.LinkCount(l.id, count(e.id))
            from LocalEnterprise e join e.links l
            group by l.id""")
    List<LinkCount> countPerLink();

    @Query("select count(e.id) from LocalEnterprise e join e.links l where l.id = :linkId")
    long countOnLink(long linkId);

    @Query("""
            select e from LocalEnterprise e join e.links l
            where l.id = :linkId
            order by e.annualOutputWan desc nulls last, e.name""")
    List<LocalEnterprise> findOnLink(long linkId);

    boolean existsByCreditCode(com.chainleads.base.domain.CreditCode creditCode);

    @EntityGraph(attributePaths = {"links", "links.sector"})
    List<LocalEnterprise> findWithLinksByIdIn(Collection<Long> ids);
}

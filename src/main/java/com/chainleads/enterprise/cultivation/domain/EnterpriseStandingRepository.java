package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.YearlyIndicators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The stored standings and the bulk reads that compute them. The lists page on {@code ix_enterprise_standing_*}:
 * candidates by (next tier, criteria missing, gap), the ranking by points, a rank as a count of higher points.
 */
public interface EnterpriseStandingRepository extends JpaRepository<EnterpriseStanding, Long> {

    String ROW = """
            select new com.chainleads.enterprise.cultivation.domain.StandingRow(e.id, e.name, sec.nameZh, sec.nameEn,
              s.nextTier, s.criteriaMet, s.criteriaMissing, s.gap, s.points, s.rdExpenseWan)
            from EnterpriseStanding s join LocalEnterprise e on e.id = s.enterpriseId left join e.sector sec
            """;

    /** Firms with a next tier, closest first: fewest criteria missing, then the smallest gap. */
    @Query(ROW + """
            where s.nextTier is not null and (:sectorId is null or s.sectorId = :sectorId)
              and (:tier is null or s.nextTier = :tier)
            order by s.criteriaMissing, s.gap, s.enterpriseId""")
    List<StandingRow> candidates(@Nullable Long sectorId, @Nullable CultivationTier tier, Pageable pageable);

    @Query("""
            select count(s.enterpriseId) from EnterpriseStanding s
            where s.nextTier is not null and (:sectorId is null or s.sectorId = :sectorId)
              and (:tier is null or s.nextTier = :tier)""")
    long countCandidates(@Nullable Long sectorId, @Nullable CultivationTier tier);

    /** The ranking: most points first. */
    @Query(ROW + """
            where (:sectorId is null or s.sectorId = :sectorId)
            order by s.points desc, s.enterpriseId""")
    List<StandingRow> ranking(@Nullable Long sectorId, Pageable pageable);

    @Query("select count(s.enterpriseId) from EnterpriseStanding s where (:sectorId is null or s.sectorId = :sectorId)")
    long countRanked(@Nullable Long sectorId);

    /** Firms with more points than {@code points}: a rank is this plus one. */
    @Query("""
            select count(s.enterpriseId) from EnterpriseStanding s
            where s.points > :points and (:sectorId is null or s.sectorId = :sectorId)""")
    long countAbove(BigDecimal points, @Nullable Long sectorId);

    /** The points of the firm at a rank (0-based through the pageable), to turn "top N" into a points floor. */
    @Query("select s.points from EnterpriseStanding s order by s.points desc, s.enterpriseId")
    List<BigDecimal> pointsInOrder(Pageable pageable);

    /**
     * The firms a reward policy's rule lets in when it asks for no tier; an empty R&D floor is not asked. The
     * tier-holding variants are separate queries, not one with {@code (:tier is null or exists …)}: that form keeps
     * MySQL and MariaDB from turning the EXISTS into a semi-join, and every standing was probed (50,000 rows for a
     * policy that lets in a few hundred).
     */
    @Query(ROW + """
            where s.points >= :minPoints
              and (:minRd is null or s.rdExpenseWan >= :minRd)
            order by s.points desc, s.enterpriseId""")
    List<StandingRow> qualifying(BigDecimal minPoints, @Nullable BigDecimal minRd, Pageable pageable);

    @Query("""
            select count(s.enterpriseId) from EnterpriseStanding s
            where s.points >= :minPoints
              and (:minRd is null or s.rdExpenseWan >= :minRd)""")
    long countQualifying(BigDecimal minPoints, @Nullable BigDecimal minRd);

    /** As {@link #qualifying}, among the firms holding {@code tier} on {@code day} (driven by the tier's index). */
    @Query(ROW + """
            where s.points >= :minPoints
              and (:minRd is null or s.rdExpenseWan >= :minRd)
              and exists (select t.id from TierHolding t where t.enterprise.id = s.enterpriseId
                   and t.tier = :tier and t.grantedOn <= :day and t.validUntil >= :day)
            order by s.points desc, s.enterpriseId""")
    List<StandingRow> qualifyingHolding(
            BigDecimal minPoints, @Nullable BigDecimal minRd, CultivationTier tier, LocalDate day, Pageable pageable);

    @Query("""
            select count(s.enterpriseId) from EnterpriseStanding s
            where s.points >= :minPoints
              and (:minRd is null or s.rdExpenseWan >= :minRd)
              and exists (select t.id from TierHolding t where t.enterprise.id = s.enterpriseId
                   and t.tier = :tier and t.grantedOn <= :day and t.validUntil >= :day)""")
    long countQualifyingHolding(BigDecimal minPoints, @Nullable BigDecimal minRd, CultivationTier tier, LocalDate day);

    // --- the bulk reads behind a rebuild or one firm's refresh

    @Query("select e.id from LocalEnterprise e where e.id > :after order by e.id")
    List<Long> enterpriseIdsAfter(long after, Pageable pageable);

    /**
     * Firms whose standing is missing or names another sector: written outside the library (SQL, scripts), so
     * {@code Standings.catchUp} refreshes them.
     */
    @Query("""
            select e.id from LocalEnterprise e left join e.sector sec
            where not exists (select s.enterpriseId from EnterpriseStanding s where s.enterpriseId = e.id
                              and (s.sectorId = sec.id or (s.sectorId is null and sec.id is null)))
            order by e.id""")
    List<Long> outOfStep(Pageable pageable);

    @Query("select count(e.id) from LocalEnterprise e")
    long countEnterprises();

    @Query("""
            select new com.chainleads.enterprise.cultivation.domain.EnterpriseSector(e.id, e.sector.id)
            from LocalEnterprise e where e.id in :ids""")
    List<EnterpriseSector> sectorsOf(Collection<Long> ids);

    /** The latest two years of figures of each enterprise (the older ones do not count). */
    @Query("""
            select i from YearlyIndicators i where i.enterprise.id in :ids
              and i.year >= (select max(m.year) - 1 from YearlyIndicators m where m.enterprise = i.enterprise)""")
    List<YearlyIndicators> latestFiguresOf(Collection<Long> ids);

    @Query("""
            select new com.chainleads.enterprise.cultivation.domain.PlatformCount(p.enterprise.id, p.level, count(p.id))
            from InnovationPlatform p where p.enterprise.id in :ids group by p.enterprise.id, p.level""")
    List<PlatformCount> platformsOf(Collection<Long> ids);
}

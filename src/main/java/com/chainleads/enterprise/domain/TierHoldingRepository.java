package com.chainleads.enterprise.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Tiers held. The ladder's questions are grouped queries on {@code ix_enterprise_tier_validity} (tier, valid_until,
 * granted_on, enterprise_id); an enterprise's own tiers go through {@code ix_enterprise_tier_enterprise}.
 */
public interface TierHoldingRepository extends JpaRepository<TierHolding, Long> {

    List<TierHolding> findByEnterpriseIdOrderByGrantedOnDescIdDesc(long enterpriseId);

    /** Enterprises holding each tier on {@code day}, in one sector or the whole district. */
    @Query("""
            select new com.chainleads.enterprise.domain.TierCount(t.tier, count(distinct t.enterprise.id))
            from TierHolding t
            where t.grantedOn <= :day and t.validUntil >= :day
              and (:sectorId is null or t.enterprise.sector.id = :sectorId)
            group by t.tier""")
    List<TierCount> countHolders(LocalDate day, @Nullable Long sectorId);

    /** Per tier, enterprises holding it on {@code held} that did not hold it on {@code notHeld}. */
    @Query("""
            select new com.chainleads.enterprise.domain.TierCount(t.tier, count(distinct t.enterprise.id))
            from TierHolding t
            where t.grantedOn <= :held and t.validUntil >= :held
              and (:sectorId is null or t.enterprise.sector.id = :sectorId)
              and not exists (select p.id from TierHolding p where p.enterprise = t.enterprise and p.tier = t.tier
                              and p.grantedOn <= :notHeld and p.validUntil >= :notHeld)
            group by t.tier""")
    List<TierCount> countHeldOnlyOn(LocalDate held, LocalDate notHeld, @Nullable Long sectorId);

    /** The holdings behind {@link #countHeldOnlyOn}, latest first: who climbed (or, swapped, who lapsed). */
    @Query("""
            select new com.chainleads.enterprise.domain.HoldingLine(e.id, e.name, t.tier, t.grantedOn, t.validUntil)
            from TierHolding t join t.enterprise e
            where t.grantedOn <= :held and t.validUntil >= :held
              and (:sectorId is null or e.sector.id = :sectorId)
              and not exists (select p.id from TierHolding p where p.enterprise = t.enterprise and p.tier = t.tier
                              and p.grantedOn <= :notHeld and p.validUntil >= :notHeld)
            order by t.grantedOn desc, e.name, t.id""")
    List<HoldingLine> heldOnlyOn(LocalDate held, LocalDate notHeld, @Nullable Long sectorId, Pageable pageable);

    /**
     * Certificates that run out between {@code from} and {@code before} (exclusive) and are not yet followed by a
     * later one of the same tier: the renewals due.
     */
    @Query(value = """
            select new com.chainleads.enterprise.domain.HoldingLine(e.id, e.name, t.tier, t.grantedOn, t.validUntil)
            from TierHolding t join t.enterprise e
            where t.validUntil >= :from and t.validUntil < :before and t.grantedOn <= :from
              and (:sectorId is null or e.sector.id = :sectorId)
              and not exists (select n.id from TierHolding n where n.enterprise = t.enterprise and n.tier = t.tier
                              and n.validUntil > t.validUntil)
            order by t.validUntil, e.name, t.id""", countQuery = """
            select count(t.id) from TierHolding t
            where t.validUntil >= :from and t.validUntil < :before and t.grantedOn <= :from
              and (:sectorId is null or t.enterprise.sector.id = :sectorId)
              and not exists (select n.id from TierHolding n where n.enterprise = t.enterprise and n.tier = t.tier
                              and n.validUntil > t.validUntil)""")
    Page<HoldingLine> expiring(LocalDate from, LocalDate before, @Nullable Long sectorId, Pageable pageable);

    /** The tiers the given enterprises hold on {@code day} (for one page of the library). */
    @Query("""
            select new com.chainleads.enterprise.domain.EnterpriseTier(t.enterprise.id, t.tier) from TierHolding t
            where t.enterprise.id in :enterpriseIds and t.grantedOn <= :day and t.validUntil >= :day""")
    List<EnterpriseTier> heldBy(Collection<Long> enterpriseIds, LocalDate day);

    /**
     * Enterprises whose tiers held changed by the calendar alone between {@code from} and {@code to}: a certificate
     * that ran out, or one that took effect (the stored top tier the industry map weighs must follow).
     */
    @Query("""
            select distinct t.enterprise.id from TierHolding t
            where (t.validUntil >= :from and t.validUntil < :to) or (t.grantedOn > :from and t.grantedOn <= :to)""")
    List<Long> changedByDate(LocalDate from, LocalDate to);

    boolean existsByEnterpriseIdAndTierAndGrantedOn(
            long enterpriseId, com.chainleads.chain.domain.CultivationTier tier, LocalDate grantedOn);
}

package com.chainleads.enterprise.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Tiers held. The ladder's counts and movers come from its read model ({@code LadderStandings}); the renewals due
 * from {@code ix_enterprise_tier_renewal}; an enterprise's own tiers go through {@code ix_enterprise_tier_enterprise}.
 */
public interface TierHoldingRepository extends JpaRepository<TierHolding, Long> {

    List<TierHolding> findByEnterpriseIdOrderByGrantedOnDescIdDesc(long enterpriseId);

    /**
     * Certificates that run out between {@code from} and {@code before} (exclusive) and are not yet followed by a
     * later one of the same tier (the ladder's read model marks those renewed): one page of the renewals due, through
     * {@code ix_enterprise_tier_renewal}; how many there are is a figure of the read model.
     */
    @Query("""
            select new com.chainleads.enterprise.domain.HoldingLine(e.id, e.name, t.tier, t.grantedOn, t.validUntil)
            from TierHolding t join t.enterprise e
            where t.renewed = false and t.validUntil >= :from and t.validUntil < :before and t.grantedOn <= :from
              and (:sectorId is null or e.sector.id = :sectorId)
            order by t.validUntil, t.id""")
    List<HoldingLine> expiring(LocalDate from, LocalDate before, @Nullable Long sectorId, Pageable pageable);

    /** The renewals due as in {@link #expiring}, for all sectors, each with who should be reminded. */
    @Query("""
            select new com.chainleads.enterprise.domain.ExpiringCertificate(
                e.id, e.name, t.tier, t.validUntil, case when o.enabled = true then o.id else null end)
            from TierHolding t join t.enterprise e left join e.responsibleOfficer o
            where t.renewed = false and t.validUntil >= :from and t.validUntil < :before and t.grantedOn <= :from
            order by t.validUntil, e.id, t.id""")
    List<ExpiringCertificate> expiringWithOfficers(LocalDate from, LocalDate before);

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

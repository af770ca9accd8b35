package com.chainleads.practice.domain;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * What the rules of practice read and keep on the lead register's table: the investor-name keys (columns of
 * {@code investment_lead} that only this feature writes, see {@link InvestorKey}), candidates for 撞单, and the
 * leads the response clocks look at. The register's own repository stays the register's.
 */
public interface PracticeLeadRepository extends Repository<Lead, Long> {

    /** Stores the investor-name keys of one lead, without touching its version (it is no edit of the lead). */
    @Modifying
    @Query(value = """
            update investment_lead
            set investor_name_key = :nameKey, investor_brand = :brand, investor_name_version = :keyVersion
            where id = :id""", nativeQuery = true)
    int storeInvestorKey(@Param("id") long id, @Param("nameKey") String nameKey, @Param("brand") String brand,
            @Param("keyVersion") int keyVersion);

    /**
     * Leads that may be about the same investor — the database pre-filter before the matcher ranks them: the same
     * credit code, the same name key or brand, or a key with the same beginning (for typos after it). Closed (终止)
     * leads are no candidates. The exact matches come first, so the limit never drops them.
     *
     * @param code   the credit code, or {@code ""} for none
     * @param prefix the first characters of the name key followed by {@code %}
     */
    @Query(value = """
            select l.id from investment_lead l
            where l.stage <> 'LOST' and l.id <> :exceptId
              and (l.credit_code = :code or l.investor_name_key = :nameKey or l.investor_brand = :brand
                   or l.investor_name_key like :prefix)
            order by case when l.credit_code = :code or l.investor_name_key = :nameKey then 0 else 1 end,
                     l.first_reported_at, l.id
            limit 200""", nativeQuery = true)
    List<Long> findCandidateIds(@Param("code") String code, @Param("nameKey") String nameKey,
            @Param("brand") String brand, @Param("prefix") String prefix, @Param("exceptId") long exceptId);

    @Query("select l from Lead l join fetch l.unit join fetch l.owner where l.id in :ids")
    List<Lead> findWithUnitAndOwner(Collection<Long> ids);

    @Query("select l from Lead l join fetch l.unit join fetch l.owner where l.id = :id")
    Optional<Lead> findWithUnitAndOwner(long id);

    /** Leads in the stages whose last activity (follow-up, else first report) is on or before the day. */
    @Query("""
            select l from Lead l join fetch l.owner
            where l.stage in :stages and l.lastActivityOn <= :activityOn
            order by l.id""")
    List<Lead> findQuietSince(Collection<LeadStage> stages, LocalDate activityOn);

    /** Leads still at 线索登记 first reported before the instant. */
    @Query("""
            select l from Lead l join fetch l.owner
            where l.stage = com.chainleads.lead.domain.LeadStage.REGISTERED and l.firstReportedAt < :reportedBefore
            order by l.id""")
    List<Lead> findUnscreenedReportedBefore(Instant reportedBefore);
}

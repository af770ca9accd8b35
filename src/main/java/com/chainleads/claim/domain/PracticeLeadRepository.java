package com.chainleads.claim.domain;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the rules of practice read of the lead register's table: leads with their unit and owner, and the leads the
 * response clocks look at. The investor-name keys and the 撞单 candidates go through the register's port
 * ({@link com.chainleads.lead.domain.InvestorKeyColumns}); the register's own repository stays the register's.
 */
public interface PracticeLeadRepository extends Repository<Lead, Long> {

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

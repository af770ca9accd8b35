package com.chainleads.claim.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvestorClaimRepository extends JpaRepository<InvestorClaim, Long> {

    @EntityGraph(attributePaths = {"claimLead", "firstLead", "claimantUnit", "firstUnit", "filedBy", "ruledBy"})
    Optional<InvestorClaim> findWithPartiesById(long id);

    /** Claims in one status, in the pageable's order. */
    @EntityGraph(attributePaths = {"claimLead", "firstLead", "claimantUnit", "firstUnit", "filedBy", "ruledBy"})
    List<InvestorClaim> findByStatus(ClaimStatus status, Pageable pageable);

    long countByStatus(ClaimStatus status);

    /** The claims a lead is party to, as claimant or as first report, newest first. */
    @EntityGraph(attributePaths = {"claimLead", "firstLead", "claimantUnit", "firstUnit", "filedBy", "ruledBy"})
    @Query("""
            select c from InvestorClaim c
            where c.claimLead.id = :leadId or c.firstLead.id = :leadId
            order by c.filedAt desc, c.id desc""")
    List<InvestorClaim> findByParty(long leadId);

    boolean existsByClaimLeadIdAndStatus(long claimLeadId, ClaimStatus status);

    /** The first reports a lead has claimed against already, in any status. */
    @Query("select c.firstLead.id from InvestorClaim c where c.claimLead.id = :claimLeadId")
    Set<Long> findClaimedFirstLeadIds(long claimLeadId);
}

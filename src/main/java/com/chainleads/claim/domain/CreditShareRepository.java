package com.chainleads.claim.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditShareRepository extends JpaRepository<CreditShare, Long> {

    @EntityGraph(attributePaths = {"unit", "officer"})
    List<CreditShare> findByClaimIdOrderByIdAsc(long claimId);

    @EntityGraph(attributePaths = {"unit", "officer"})
    List<CreditShare> findByLeadIdOrderByIdAsc(long leadId);
}

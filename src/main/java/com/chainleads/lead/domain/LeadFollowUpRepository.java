package com.chainleads.lead.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadFollowUpRepository extends JpaRepository<LeadFollowUp, Long> {

    @EntityGraph(attributePaths = "createdBy")
    List<LeadFollowUp> findByLeadIdOrderByFollowUpOnDescIdDesc(Long leadId);

    /** The latest entry decides the lead's next follow-up date. */
    Optional<LeadFollowUp> findFirstByLeadIdOrderByFollowUpOnDescIdDesc(Long leadId);

    long countByLeadId(Long leadId);

    void deleteByLeadId(Long leadId);
}

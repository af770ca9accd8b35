package com.chainleads.construction.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MilestoneEvidenceRepository extends JpaRepository<MilestoneEvidence, Long> {

    /** One project's evidence, oldest first (ix_milestone_evidence_lead). */
    @Query("select e from MilestoneEvidence e join fetch e.uploadedBy where e.leadId = :leadId order by e.id")
    List<MilestoneEvidence> findOfLead(long leadId);

    List<MilestoneEvidence> findByMilestoneId(long milestoneId);

    long countByLeadId(long leadId);
}

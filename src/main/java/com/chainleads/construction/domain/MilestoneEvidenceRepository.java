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

    /**
     * The files under a key prefix with their milestone and kind: only the demo's start-up writer asks (prefix
     * {@code demo/}, a few rows, demo context only), never a request.
     */
    @Query("select e from MilestoneEvidence e join fetch e.milestone m join fetch m.kind "
            + "where e.storageKey like concat(:prefix, '%') order by e.id")
    List<MilestoneEvidence> findByKeyPrefix(String prefix);
}

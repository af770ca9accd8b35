package com.chainleads.construction.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectMilestoneRepository extends JpaRepository<ProjectMilestone, Long> {

    /** One project's plan (the unique key on lead and kind serves it). */
    @Query("select m from ProjectMilestone m join fetch m.kind left join fetch m.confirmedBy where m.leadId = :leadId")
    List<ProjectMilestone> findPlan(long leadId);

    boolean existsByKindId(long kindId);
}

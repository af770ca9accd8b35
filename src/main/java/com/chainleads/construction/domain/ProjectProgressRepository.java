package com.chainleads.construction.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectProgressRepository extends JpaRepository<ProjectProgress, Long> {

    Optional<ProjectProgress> findByLeadId(long leadId);

    /** The summaries of a page of projects, on the unique lead_id index. */
    List<ProjectProgress> findByLeadIdIn(Collection<Long> leadIds);
}

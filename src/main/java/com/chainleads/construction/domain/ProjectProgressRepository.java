package com.chainleads.construction.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectProgressRepository extends JpaRepository<ProjectProgress, Long> {

    Optional<ProjectProgress> findByLeadId(long leadId);

    /** The summaries of a page of projects, on the unique lead_id index. */
    List<ProjectProgress> findByLeadIdIn(Collection<Long> leadIds);

    /** The same, only of projects of one unit (an officer's reach). */
    @Query("""
            select p from ProjectProgress p where p.leadId in :leadIds
            and p.leadId in (select l.id from Lead l where l.id in :leadIds and l.unit.id = :unitId)""")
    List<ProjectProgress> findByLeadIdInOfUnit(Collection<Long> leadIds, long unitId);
}

package com.chainleads.lead.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadStageChangeRepository extends JpaRepository<LeadStageChange, Long> {

    @EntityGraph(attributePaths = "changedBy")
    List<LeadStageChange> findByLeadIdOrderByChangedAtDescIdDesc(Long leadId);

    @Modifying
    @Query("delete from LeadStageChange c where c.lead.id = :leadId")
    void deleteByLeadId(Long leadId);
}

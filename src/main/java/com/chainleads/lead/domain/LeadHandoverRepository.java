package com.chainleads.lead.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadHandoverRepository extends JpaRepository<LeadHandover, Long> {

    @EntityGraph(attributePaths = {"fromOwner", "toOwner", "fromUnit", "toUnit", "handedOverBy"})
    List<LeadHandover> findByLeadIdOrderByHandedOverAtDescIdDesc(Long leadId);

    @Modifying
    @Query("delete from LeadHandover h where h.lead.id = :leadId")
    void deleteByLeadId(Long leadId);
}

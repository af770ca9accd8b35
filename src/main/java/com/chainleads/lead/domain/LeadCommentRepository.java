package com.chainleads.lead.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadCommentRepository extends JpaRepository<LeadComment, Long> {

    @EntityGraph(attributePaths = "author")
    List<LeadComment> findByLeadIdOrderByCreatedAtDescIdDesc(Long leadId);

    long countByLeadId(Long leadId);

    @Modifying
    @Query("delete from LeadComment c where c.lead.id = :leadId")
    void deleteByLeadId(Long leadId);
}

package com.chainleads.lead.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead>, LeadQueries {

    @EntityGraph(attributePaths = {"sector", "chainLink", "owner", "unit", "leader", "firstReporter", "updatedBy",
            "qualifications"})
    Optional<Lead> findWithDetailsById(Long id);

    boolean existsByLeadNo(String leadNo);

    /** All leads on a chain link, whoever may see them. */
    long countByChainLinkId(long chainLinkId);

    /** Follow-up bookkeeping, deliberately without bumping the version: it is no edit of the lead's fields. */
    @Modifying
    @Query("update Lead l set l.lastFollowUpOn = :lastOn, l.nextFollowUpOn = :nextOn, "
            + "l.lastActivityOn = :activityOn where l.id = :id")
    void updateFollowUpDates(long id, @Nullable LocalDate lastOn, @Nullable LocalDate nextOn, LocalDate activityOn);
}

package com.chainleads.lead.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead>, LeadQueries {

    @EntityGraph(attributePaths = {"sector", "chainLink", "owner", "unit", "leader", "firstReporter", "updatedBy",
            "qualifications"})
    Optional<Lead> findWithDetailsById(Long id);

    boolean existsByLeadNo(String leadNo);

    /** Locks the lead's row until the transaction ends: follow-ups of one lead are written one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.id = :id")
    Optional<Lead> lockById(long id);

    /** Follow-up bookkeeping, deliberately without bumping the version: it is no edit of the lead's fields. */
    @Modifying
    @Query("update Lead l set l.lastFollowUpOn = :lastOn, l.nextFollowUpOn = :nextOn where l.id = :id")
    void updateFollowUpDates(long id, @Nullable LocalDate lastOn, @Nullable LocalDate nextOn);
}

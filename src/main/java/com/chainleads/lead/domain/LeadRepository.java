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

public interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead>, LeadTableQueries {

    @EntityGraph(
            attributePaths = {
                "sector",
                "chainLink",
                "owner",
                "unit",
                "leader",
                "firstReporter",
                "updatedBy",
                "qualifications"
            })
    Optional<Lead> findWithDetailsById(Long id);

    boolean existsByLeadNo(String leadNo);

    /** Which of these credit codes some lead already has, whoever may see it (duplicates on import). */
    @Query("select distinct l.investor.creditCode from Lead l where l.investor.creditCode in :codes")
    java.util.List<String> findExistingCreditCodes(java.util.Collection<String> codes);

    /** Leads with everything an export needs, in id order. */
    @Query("select l from Lead l join fetch l.sector left join fetch l.chainLink join fetch l.owner "
            + "join fetch l.unit left join fetch l.leader where l.id in :ids order by l.id desc")
    java.util.List<Lead> findForExport(java.util.Collection<Long> ids);

    @Query("select l.id, q from Lead l join l.qualifications q where l.id in :ids")
    java.util.List<Object[]> findQualifications(java.util.Collection<Long> ids);

    /** All leads on a chain link, whoever may see them. */
    long countByChainLinkId(long chainLinkId);

    /** Locks the lead's row until the transaction ends: follow-ups of one lead are written one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.id = :id")
    Optional<Lead> lockById(long id);

    /** Follow-up bookkeeping, deliberately without bumping the version: it is no edit of the lead's fields. */
    @Modifying
    @Query("update Lead l set l.lastFollowUpOn = :lastOn, l.nextFollowUpOn = :nextOn, "
            + "l.lastActivityOn = :activityOn where l.id = :id")
    void updateFollowUpDates(long id, @Nullable LocalDate lastOn, @Nullable LocalDate nextOn, LocalDate activityOn);
}

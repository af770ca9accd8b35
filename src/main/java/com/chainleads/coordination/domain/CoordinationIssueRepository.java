package com.chainleads.coordination.domain;

import com.chainleads.chain.domain.Sector;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.OrgUnit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CoordinationIssueRepository extends JpaRepository<CoordinationIssue, Long> {

    /** One project's issues, open first, then by deadline (ix_issue_lead_open). */
    @Query("""
            select i from CoordinationIssue i join fetch i.department join fetch i.raisedBy join fetch i.updatedBy
            left join fetch i.closedBy left join fetch i.instructedBy
            where i.leadId = :leadId order by i.open desc, i.deadline, i.id""")
    List<CoordinationIssue> findOfLead(long leadId);

    long countByLeadId(long leadId);

    @Query("select i from CoordinationIssue i join fetch i.updatedBy where i.id = :id")
    Optional<CoordinationIssue> findWithUpdaterById(long id);

    /**
     * Open issues past their deadline whose overdue notice is not sent yet, oldest deadline first: a range of
     * ix_issue_open_deadline, bounded by the page — never a scan of the issues, let alone of the leads.
     */
    @Query("""
            select i from CoordinationIssue i join fetch i.department
            where i.open = true and i.deadline < :today and i.overdueNotified = false
            order by i.deadline, i.id""")
    List<CoordinationIssue> findOverdueNotNotified(LocalDate today, Pageable page);

    /** Open issues per lead, for a page of lead ids (ix_issue_lead_open). */
    @Query("""
            select i.leadId, count(i) from CoordinationIssue i
            where i.open = true and i.leadId in :leadIds group by i.leadId""")
    List<Object[]> countOpenByLead(Collection<Long> leadIds);

    /** The projects with an open issue (the supervision list's index on is_open, no lead read). */
    @Query("select distinct i.leadId from CoordinationIssue i where i.open = true")
    List<Long> findLeadIdsWithOpenIssues();

    @Query("""
            select i.leadId, count(i) from CoordinationIssue i
            where i.open = true and i.leadId in :leadIds and i.unit.id = :unitId group by i.leadId""")
    List<Object[]> countOpenByLeadOfUnit(Collection<Long> leadIds, long unitId);

    /**
     * Open issues per department: a grouped count on ix_issue_department_status (department, status) — the index
     * alone, no lead is read.
     */
    @Query("""
            select i.department.id, count(i) from CoordinationIssue i
            where i.status in :open group by i.department.id""")
    List<Object[]> countByDepartment(Collection<IssueStatus> open);

    @Query("""
            select i.department.id, count(i) from CoordinationIssue i
            where i.status in :open and i.unit.id = :unitId group by i.department.id""")
    List<Object[]> countByDepartmentOfUnit(Collection<IssueStatus> open, long unitId);

    boolean existsByDepartmentId(long departmentId);

    /**
     * Copies the lead's facts onto its issues: one statement on ix_issue_lead_open, no new version of the issues (a
     * change of the lead is no change of what the officers typed, so their open forms stay valid).
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update CoordinationIssue i set i.leadNo = :leadNo, i.projectName = :projectName, i.sector = :sector,
            i.unit = :unit, i.owner = :owner where i.leadId = :leadId""")
    int copyLeadFacts(long leadId, String leadNo, String projectName, Sector sector, OrgUnit unit, AppUser owner);
}

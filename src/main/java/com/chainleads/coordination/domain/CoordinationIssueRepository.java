package com.chainleads.coordination.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoordinationIssueRepository extends JpaRepository<CoordinationIssue, Long> {

    /** One project's issues, open first, then by deadline (ix_issue_lead_open). */
    @Query("""
            select i from CoordinationIssue i join fetch i.department join fetch i.raisedBy join fetch i.updatedBy
            left join fetch i.closedBy left join fetch i.instructedBy
            where i.leadId = :leadId order by i.open desc, i.deadline, i.id""")
    List<CoordinationIssue> findOfLead(long leadId);

    List<CoordinationIssue> findByLeadId(long leadId);

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
}

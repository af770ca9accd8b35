package com.chainleads.coordination.service;

import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.coordination.domain.CoordinationIssue;
import com.chainleads.coordination.domain.CoordinationIssueRepository;
import com.chainleads.coordination.domain.Department;
import com.chainleads.coordination.domain.DepartmentRepository;
import com.chainleads.coordination.domain.IssueRules;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.coordination.summary.IssueFigures;
import com.chainleads.lead.service.LeadIdSet;
import com.chainleads.lead.service.LeadVisibility;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query side of the coordination issues: the supervision list (督办) across projects, its count, and the open
 * counts per project and per department that the project list and the cockpit show — always with the caller's
 * visibility of leads ({@link LeadVisibility}: officers their unit's, leaders and administrators all).
 *
 * <p>Scale (~100,000 signed projects × a few issues): every answer is read from {@code coordination_issue} and its
 * indexes alone — the lead's number, project, sector, unit and owner are copied on the issue — never by scanning
 * the issues or the leads. The list pages in index order: open issues by deadline (so overdue first) on
 * {@code ix_issue_open_deadline}, an officer's on {@code ix_issue_unit_open_deadline}, one status on
 * {@code ix_issue_status_deadline}, one department on {@code ix_issue_department_status}, one sector on
 * {@code ix_issue_sector_open_deadline}; the joins are primary-key look-ups of the page's rows into small reference
 * tables. Counts per project take a page of lead ids ({@code ix_issue_lead_open}); per department they group the
 * department index.
 */
@Service
@PermitAll
@Transactional(readOnly = true)
public class IssueQueries {

    static final Set<IssueStatus> OPEN = EnumSet.of(IssueStatus.ASSIGNED, IssueStatus.IN_PROGRESS);

    private final EntityManager entityManager;
    private final CoordinationIssueRepository issues;
    private final DepartmentRepository departments;
    private final ChainReferenceService chains;
    private final LeadVisibility visibility;
    private final IssueFigures figures;
    private final Clock clock;

    IssueQueries(
            EntityManager entityManager,
            CoordinationIssueRepository issues,
            DepartmentRepository departments,
            ChainReferenceService chains,
            LeadVisibility visibility,
            IssueFigures figures,
            Clock clock) {
        this.figures = figures;
        this.entityManager = entityManager;
        this.issues = issues;
        this.departments = departments;
        this.chains = chains;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** One page of the issues the caller may see that match the filter: open ones by deadline, overdue first. */
    public List<IssueRow> list(IssueFilter filter, Pageable page) {
        LocalDate today = LocalDate.now(clock);
        Optional<Where> where = where(filter, today);
        if (where.isEmpty()) {
            return List.of();
        }
        // the closed ones most recent deadline first; the open ones (overdue first) by deadline
        String order = filter.status() == IssueStatus.DONE
                ? " order by i.deadline desc, i.id desc"
                : " order by i.deadline, i.id";
        TypedQuery<CoordinationIssue> query = entityManager.createQuery(
                "select i from CoordinationIssue i join fetch i.sector join fetch i.unit join fetch i.owner"
                        + " join fetch i.department" + where.get().clause() + order,
                CoordinationIssue.class);
        where.get().bind(query);
        if (page.isPaged()) {
            query.setFirstResult((int) page.getOffset());
            query.setMaxResults(page.getPageSize());
        }
        List<IssueRow> rows =
                query.getResultList().stream().map(i -> row(i, today)).toList();
        entityManager.clear(); // rows, not entities: an export reads page after page
        return rows;
    }

    public long count(IssueFilter filter) {
        Optional<Where> where = where(filter, LocalDate.now(clock));
        if (where.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(i) from CoordinationIssue i" + where.get().clause(), Long.class);
        where.get().bind(query);
        return query.getSingleResult();
    }

    /** Open issues per project for a page of lead ids (e.g. the rows of /projects); leads without any are left out. */
    public Map<Long, Long> openCountsOfLeads(Collection<Long> leadIds) {
        LeadVisibility.Scope scope = visibility.ofCaller();
        if (leadIds.isEmpty() || scope.seesNothing()) {
            return Map.of();
        }
        // an officer's counts are of their unit's issues only, whichever ids are asked for
        Set<Long> ids = Set.copyOf(leadIds);
        List<Object[]> pairs =
                scope.allUnits() ? issues.countOpenByLead(ids) : issues.countOpenByLeadOfUnit(ids, scope.unitId());
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] pair : pairs) {
            counts.put((Long) pair[0], (Long) pair[1]);
        }
        return counts;
    }

    /**
     * The projects with at least one open issue, for {@code /projects?issues=open}; not narrowed to the caller's
     * unit: the lead index narrows the list (an issue's unit is its project's).
     */
    public LeadIdSet projectsWithOpenIssues() {
        return LeadIdSet.only(issues.findLeadIdsWithOpenIssues().stream().mapToLong(Long::longValue));
    }

    /** Open issues per department (id → count) of the issues the caller may see, for the cockpit. */
    public Map<Long, Long> openCountsByDepartment() {
        LeadVisibility.Scope scope = visibility.ofCaller();
        if (scope.seesNothing()) {
            return Map.of();
        }
        List<Object[]> pairs = scope.allUnits()
                ? issues.countByDepartment(OPEN)
                : issues.countByDepartmentOfUnit(OPEN, scope.unitId());
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Object[] pair : pairs) {
            counts.put((Long) pair[0], (Long) pair[1]);
        }
        return counts;
    }

    /** Open and overdue issues of one department: its code and names, and the list of each. */
    public record DepartmentIssues(
            String code,
            String nameZh,
            String nameEn,
            long open,
            long overdue,
            IssueFilter openList,
            IssueFilter overdueList) {}

    /**
     * Open issues per department, and those overdue as of today, of these sectors and unit (codes; none = all) in
     * the caller's units — from the issue figures kept in step with every issue write (a few hundred rows, never
     * the issues). Each carries the {@code /issues} filter of exactly the issues it counts; most open first.
     */
    public List<DepartmentIssues> openByDepartment(
            Set<String> sectors, @org.jspecify.annotations.Nullable String unit) {
        LeadVisibility.Scope scope = visibility.ofCaller();
        IssueFilter base = IssueFilter.open().withSectors(sectors).withUnit(unit);
        return figures.byDepartment(sectors, unit, scope.allUnits(), scope.unitId(), LocalDate.now(clock)).stream()
                .map(d -> new DepartmentIssues(
                        d.code(),
                        d.nameZh(),
                        d.nameEn(),
                        d.open(),
                        d.overdue(),
                        base.withDepartment(d.code()),
                        base.withDepartment(d.code()).withOverdueOnly(true)))
                .toList();
    }

    /** The where clause of a filter, with its values; empty when nothing can match (an unknown code, no unit). */
    private Optional<Where> where(IssueFilter filter, LocalDate today) {
        LeadVisibility.Scope scope = visibility.ofCaller();
        if (scope.seesNothing()) {
            return Optional.empty();
        }
        StringBuilder clause = new StringBuilder(" where ");
        Map<String, Object> values = new HashMap<>();
        if (filter.status() == null) {
            clause.append("i.open = true");
        } else {
            clause.append("i.status = :status");
            values.put("status", filter.status());
        }
        if (!scope.allUnits()) {
            clause.append(" and i.unit.id = :unitId");
            values.put("unitId", scope.unitId());
        }
        if (filter.type() != null) {
            clause.append(" and i.type = :type");
            values.put("type", filter.type());
        }
        if (filter.department() != null) {
            Optional<Department> department = departments.findByCode(filter.department());
            if (department.isEmpty()) {
                return Optional.empty();
            }
            clause.append(" and i.department.id = :departmentId");
            values.put("departmentId", department.get().getId());
        }
        if (!filter.sectors().isEmpty()) {
            List<Long> sectorIds = new java.util.ArrayList<>();
            for (String code : filter.sectors()) {
                chains.sectorByCode(code).ifPresent(sector -> sectorIds.add(sector.id()));
            }
            if (sectorIds.isEmpty()) {
                return Optional.empty();
            }
            clause.append(" and i.sector.id in :sectorIds");
            values.put("sectorIds", sectorIds);
        }
        if (filter.unit() != null) {
            clause.append(" and i.unit.code = :unitCode");
            values.put("unitCode", filter.unit());
        }
        if (filter.overdueOnly()) {
            clause.append(" and i.open = true and i.deadline < :today");
            values.put("today", today);
        }
        return Optional.of(new Where(clause.toString(), values));
    }

    private record Where(String clause, Map<String, Object> values) {
        void bind(TypedQuery<?> query) {
            values.forEach(query::setParameter);
        }
    }

    static IssueRow row(CoordinationIssue issue, LocalDate today) {
        return new IssueRow(
                issue.getId(),
                issue.getLeadId(),
                issue.getLeadNo(),
                issue.getProjectName(),
                issue.getSector().getNameZh(),
                issue.getSector().getNameEn(),
                issue.getUnit().getNameZh(),
                issue.getUnit().getNameEn(),
                issue.getOwner().getDisplayName(),
                issue.getType(),
                issue.getDepartment().getNameZh(),
                issue.getDepartment().getNameEn(),
                issue.getDeadline(),
                issue.getStatus(),
                issue.getDescription(),
                issue.getReply(),
                issue.getRaisedAt(),
                issue.isOverdue(today),
                IssueRules.daysOverdue(issue.getStatus(), issue.getDeadline(), today));
    }
}

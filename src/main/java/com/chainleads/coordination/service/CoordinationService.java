package com.chainleads.coordination.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.coordination.domain.CoordinationIssue;
import com.chainleads.coordination.domain.CoordinationIssueRepository;
import com.chainleads.coordination.domain.Department;
import com.chainleads.coordination.domain.DepartmentRepository;
import com.chainleads.coordination.domain.IssueEvent;
import com.chainleads.coordination.domain.IssueEventKind;
import com.chainleads.coordination.domain.IssueEventRepository;
import com.chainleads.coordination.domain.IssueLeadRepository;
import com.chainleads.coordination.domain.IssueRules;
import com.chainleads.coordination.domain.IssueStatus;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordination issues of signed projects (问题清单): raising, editing, moving 交办 → 办理中 → 已办结 with the
 * department's reply, the leaders' 批示 and re-opening. Who may see an issue is who may see its lead — asked of the
 * lead register ({@link LeadService#load}, not found otherwise); officers who may edit the lead raise and work
 * the issues, leaders read all, raise, instruct and re-open, administrators do everything. Every change names the
 * version the user saw and is refused ({@link IssueConflictException}) when someone else changed the issue since.
 */
@Service
@PermitAll
@Transactional
public class CoordinationService {

    private final CoordinationIssueRepository issues;
    private final IssueEventRepository events;
    private final IssueLeadRepository leadFacts;
    private final DepartmentRepository departments;
    private final LeadService leads;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoordinationService(
            CoordinationIssueRepository issues,
            IssueEventRepository events,
            IssueLeadRepository leadFacts,
            DepartmentRepository departments,
            LeadService leads,
            AppUserRepository users,
            CurrentUser currentUser,
            Clock clock) {
        this.issues = issues;
        this.events = events;
        this.leadFacts = leadFacts;
        this.departments = departments;
        this.leads = leads;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The project's issues, open first, with what the caller may do; not found when the lead is not theirs to see. */
    @Transactional(readOnly = true)
    public LeadIssues issuesOf(long leadId) {
        LeadDetails lead = leads.load(leadId);
        AppUserPrincipal user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        List<CoordinationIssue> found = issues.findOfLead(leadId);
        Map<Long, List<IssueHistoryRow>> history = found.isEmpty()
                ? Map.of()
                : events
                        .findOfIssues(
                                found.stream().map(CoordinationIssue::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                IssueEvent::getIssueId,
                                Collectors.mapping(CoordinationService::historyRow, Collectors.toList())));
        List<IssueDetails> details = found.stream()
                .map(issue -> details(issue, today, history.getOrDefault(issue.getId(), List.of())))
                .toList();
        return new LeadIssues(leadId, details, mayRaise(lead, user), mayWork(lead), maySupervise(user));
    }

    /** Whether the lead is signed or later, so it has a 问题清单 at all. */
    public static boolean hasIssueList(LeadDetails lead) {
        return LeadStage.SIGNED_OR_LATER.contains(lead.stage());
    }

    public IssueDetails raise(long leadId, IssueDraft draft) {
        LeadDetails lead = leads.load(leadId);
        AppUserPrincipal user = currentUser.require();
        if (!lead.permissions().canEdit() && !maySupervise(user)) {
            throw new AccessDeniedException("May not raise issues on lead " + leadId);
        }
        if (!hasIssueList(lead)) {
            throw new BusinessRuleException("coordination.error.notSigned");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>(IssueRules.checkIssue(
                draft.getType(), draft.getDepartmentId(), draft.getDeadline(), draft.getDescription(), null, today));
        Department department = department(draft.getDepartmentId(), null, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Lead facts = leadFacts.findWithFacts(leadId).orElseThrow(() -> new RecordNotFoundException("lead", leadId));
        AppUser by = users.getReferenceById(user.userId());
        Instant now = now();
        CoordinationIssue issue = issues.saveAndFlush(new CoordinationIssue(
                leadId,
                copyOf(facts),
                draft.getType(),
                department,
                draft.getDeadline(),
                draft.getDescription().strip(),
                by,
                now));
        events.save(new IssueEvent(issue.getId(), IssueEventKind.RAISED, null, IssueStatus.ASSIGNED, null, by, now));
        return reload(issue.getId());
    }

    public IssueDetails edit(long issueId, long version, IssueDraft draft) {
        Work work = workOn(issueId, version, Need.WORK);
        CoordinationIssue issue = work.issue();
        if (!issue.getStatus().isOpen()) {
            throw new BusinessRuleException("coordination.error.closed");
        }
        List<FieldProblem> problems = new ArrayList<>(IssueRules.checkIssue(
                draft.getType(),
                draft.getDepartmentId(),
                draft.getDeadline(),
                draft.getDescription(),
                issue.getDeadline(),
                LocalDate.now(clock)));
        Department department = department(draft.getDepartmentId(), issue.getDepartment(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        issue.edit(
                draft.getType(),
                department,
                draft.getDeadline(),
                draft.getDescription().strip());
        return save(work, IssueEventKind.EDITED, issue.getStatus(), null);
    }

    /**
     * Moves the issue forward, or (to its current status) updates the department's reply; closing (已办结) needs the
     * reply and records who closed it.
     */
    public IssueDetails progress(long issueId, long version, ProgressDraft draft) {
        Work work = workOn(issueId, version, Need.WORK);
        CoordinationIssue issue = work.issue();
        IssueStatus from = issue.getStatus();
        List<FieldProblem> problems = IssueRules.checkMove(from, draft.getStatus(), draft.getReply());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        IssueStatus target = draft.getStatus();
        String reply = blankToNull(draft.getReply());
        IssueEventKind kind;
        if (target == from) {
            issue.setReply(reply);
            kind = IssueEventKind.REPLIED;
        } else {
            issue.moveTo(target, reply, work.by(), work.at());
            kind = target == IssueStatus.DONE ? IssueEventKind.CLOSED : IssueEventKind.MOVED;
        }
        return save(work, kind, from, reply);
    }

    /** A leader (or administrator) re-opens a closed issue, back to 办理中, and says why. */
    public IssueDetails reopen(long issueId, long version, String reason) {
        Work work = workOn(issueId, version, Need.SUPERVISE);
        CoordinationIssue issue = work.issue();
        List<FieldProblem> problems = new ArrayList<>(IssueRules.checkNote(reason));
        if (problems.isEmpty() && !issue.getStatus().canReopen()) {
            problems.add(new FieldProblem("note", "coordination.error.notClosed"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        IssueStatus from = issue.getStatus();
        issue.reopen();
        return save(work, IssueEventKind.REOPENED, from, reason.strip());
    }

    /** A leader's instruction (批示) on the issue; the latest shows with the issue, each one in its history. */
    public IssueDetails instruct(long issueId, long version, String instruction) {
        Work work = workOn(issueId, version, Need.SUPERVISE);
        List<FieldProblem> problems = IssueRules.checkNote(instruction);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        work.issue().instruct(instruction.strip(), work.by(), work.at());
        return save(work, IssueEventKind.INSTRUCTED, work.issue().getStatus(), instruction.strip());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private enum Need {
        WORK,
        SUPERVISE
    }

    private record Work(CoordinationIssue issue, AppUser by, Instant at) {}

    /** The issue to change: visible (through its lead), the caller allowed, at the version they saw. */
    private Work workOn(long issueId, long version, Need need) {
        AppUserPrincipal user = currentUser.require();
        CoordinationIssue issue =
                issues.findWithUpdaterById(issueId).orElseThrow(() -> new RecordNotFoundException("issue", issueId));
        LeadDetails lead;
        try {
            lead = leads.load(issue.getLeadId());
        } catch (RecordNotFoundException notVisible) {
            throw new RecordNotFoundException("issue", issueId);
        }
        boolean allowed = need == Need.WORK ? mayWork(lead) : maySupervise(user);
        if (!allowed) {
            throw new AccessDeniedException(
                    "May not " + need.name().toLowerCase(java.util.Locale.ROOT) + " issue " + issueId);
        }
        if (issue.getVersion() != version) {
            throw new IssueConflictException(issue.getUpdatedBy().getDisplayName(), issue.getUpdatedAt());
        }
        return new Work(issue, users.getReferenceById(user.userId()), now());
    }

    private IssueDetails save(Work work, IssueEventKind kind, @Nullable IssueStatus from, @Nullable String note) {
        CoordinationIssue issue = work.issue();
        issue.touch(work.by(), work.at());
        issues.saveAndFlush(issue); // a concurrent save of the same version fails here (@Version)
        events.save(new IssueEvent(issue.getId(), kind, from, issue.getStatus(), note, work.by(), work.at()));
        return reload(issue.getId());
    }

    private IssueDetails reload(long issueId) {
        CoordinationIssue issue = issues.findById(issueId).orElseThrow();
        List<IssueHistoryRow> history = events.findOfIssue(issueId).stream()
                .map(CoordinationService::historyRow)
                .toList();
        return details(issue, LocalDate.now(clock), history);
    }

    private @Nullable Department department(
            @Nullable Long id, @Nullable Department current, List<FieldProblem> problems) {
        if (id == null) {
            return current; // the missing value is reported by IssueRules
        }
        Department department = departments.findById(id).orElse(null);
        // an issue keeps a department deactivated since; a new choice must be an active one
        if (department == null || (!department.isActive() && !department.equals(current))) {
            problems.add(new FieldProblem("departmentId", "coordination.error.departmentInactive"));
            return null;
        }
        return department;
    }

    static CoordinationIssue.LeadCopy copyOf(Lead lead) {
        return new CoordinationIssue.LeadCopy(
                lead.getLeadNo(), lead.getProjectName(), lead.getSector(), lead.getUnit(), lead.getOwner());
    }

    private static boolean mayRaise(LeadDetails lead, AppUserPrincipal user) {
        return hasIssueList(lead) && (lead.permissions().canEdit() || maySupervise(user));
    }

    /** Officers who may edit the lead, and administrators (who may edit every lead). */
    private static boolean mayWork(LeadDetails lead) {
        return lead.permissions().canEdit();
    }

    private static boolean maySupervise(AppUserPrincipal user) {
        return user.role() == Role.LEADER || user.role() == Role.ADMIN;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static IssueHistoryRow historyRow(IssueEvent event) {
        return new IssueHistoryRow(
                event.getKind(),
                event.getFromStatus(),
                event.getToStatus(),
                event.getNote(),
                event.getBy().getDisplayName(),
                event.getHappenedAt());
    }

    private static IssueDetails details(CoordinationIssue issue, LocalDate today, List<IssueHistoryRow> history) {
        Department department = issue.getDepartment();
        return new IssueDetails(
                issue.getId(),
                issue.getVersion(),
                issue.getLeadId(),
                issue.getType(),
                department.getId(),
                department.getNameZh(),
                department.getNameEn(),
                issue.getDeadline(),
                issue.getDescription(),
                issue.getStatus(),
                issue.isOverdue(today),
                IssueRules.daysOverdue(issue.getStatus(), issue.getDeadline(), today),
                issue.getRaisedBy().getDisplayName(),
                issue.getRaisedAt(),
                issue.getReply(),
                issue.getClosedBy() == null ? null : issue.getClosedBy().getDisplayName(),
                issue.getClosedAt(),
                issue.getInstruction(),
                issue.getInstructedBy() == null ? null : issue.getInstructedBy().getDisplayName(),
                issue.getInstructedAt(),
                history);
    }
}

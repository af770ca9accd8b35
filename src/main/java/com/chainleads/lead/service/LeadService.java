package com.chainleads.lead.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadCommentRepository;
import com.chainleads.lead.domain.LeadFollowUpRepository;
import com.chainleads.lead.domain.LeadHandoverRepository;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadStageChange;
import com.chainleads.lead.domain.LeadStageChangeRepository;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.domain.OrgUnitRepository;
import com.chainleads.security.domain.Role;
import com.chainleads.security.service.UserOption;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and editing leads (线索登记与维护): reading one lead, creating, editing, stage changes, handovers and
 * deleting. The rest of the lead feature lives beside it: the activity on a lead in {@link LeadActivity}, Excel
 * imports in {@link LeadImports}, the 撞单 settlement in {@link DuplicateSettlement}, the lists and figures in
 * {@link LeadQueries} and {@link LeadFigures}; who may do what is {@link LeadAccess}'s.
 *
 * <p>Other features plug in without the register depending on them: an {@link InvestorConflictCheck}, when
 * there is one, flags investors another unit reported first (撞单); {@link LeadRegistered}, {@link LeadsImported},
 * {@link LeadEdited} and {@link LeadHandedOver} are published inside the transaction of the change.
 */
@Service
@PermitAll
@Transactional
public class LeadService {

    private final LeadRepository leads;
    private final LeadFollowUpRepository followUps;
    private final LeadStageChangeRepository stageChanges;
    private final LeadHandoverRepository handovers;
    private final LeadCommentRepository comments;
    private final LeadAudit audit;
    private final LeadNumbers numbers;
    private final LeadAccess access;
    private final LeadReferences references;
    private final LeadMoves moves;
    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<InvestorConflictCheck> conflictChecks;
    private final ApplicationEventPublisher events;

    LeadService(
            LeadRepository leads,
            LeadFollowUpRepository followUps,
            LeadStageChangeRepository stageChanges,
            LeadHandoverRepository handovers,
            LeadCommentRepository comments,
            LeadAudit audit,
            LeadNumbers numbers,
            LeadAccess access,
            LeadReferences references,
            LeadMoves moves,
            AppUserRepository users,
            OrgUnitRepository units,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<InvestorConflictCheck> conflictChecks,
            ApplicationEventPublisher events) {
        this.leads = leads;
        this.followUps = followUps;
        this.stageChanges = stageChanges;
        this.handovers = handovers;
        this.comments = comments;
        this.audit = audit;
        this.numbers = numbers;
        this.access = access;
        this.references = references;
        this.moves = moves;
        this.users = users;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
        this.conflictChecks = conflictChecks;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public LeadDetails load(long id) {
        AppUserPrincipal user = currentUser.require();
        return LeadMapping.toDetails(access.visibleLead(id, user), user);
    }

    /** A draft for a new lead, owned by the calling officer in their unit. */
    @Transactional(readOnly = true)
    public LeadDraft newDraft() {
        AppUserPrincipal user = currentUser.require();
        LeadDraft draft = new LeadDraft();
        if (user.role() == Role.OFFICER) {
            draft.setOwnerId(user.userId());
            draft.setUnitId(user.unitId());
        }
        return draft;
    }

    /** Whether the caller may create leads at all (officers and administrators). */
    public boolean canCreate() {
        return LeadAccess.canCreate(currentUser.require());
    }

    /** Enabled officers who may own a lead in the unit. */
    @Transactional(readOnly = true)
    public List<UserOption> possibleOwners(long unitId) {
        return users.findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role.OFFICER).stream()
                .filter(u -> u.getUnit() != null && u.getUnit().getId() == unitId)
                .map(u -> new UserOption(u.getId(), u.getUsername(), u.getDisplayName(), unitId))
                .toList();
    }

    /** Leaders who may be assigned to a lead (包挂领导). */
    @Transactional(readOnly = true)
    public List<UserOption> possibleLeaders() {
        return users.findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role.LEADER).stream()
                .map(u -> new UserOption(
                        u.getId(),
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getUnit() == null ? null : u.getUnit().getId()))
                .toList();
    }

    /**
     * Masked hints about other leads — of any unit — on the investor as entered (撞单 detection); empty when no
     * check is installed. See {@link InvestorConflictCheck#check}.
     */
    @Transactional(readOnly = true)
    public List<InvestorConflict> investorConflicts(
            String investorName, @Nullable String creditCode, @Nullable Long unitId, @Nullable Long leadId) {
        currentUser.require();
        boolean noName = investorName == null || investorName.isBlank();
        if (noName && CreditCode.parse(creditCode).isEmpty()) {
            return List.of(); // a credit code alone is enough to look up (issue 13, point 7)
        }
        InvestorConflictCheck check = conflictChecks.getIfAvailable();
        return check == null ? List.of() : check.check(noName ? "" : investorName, creditCode, unitId, leadId);
    }

    /** A 撞单 claim is needed when another unit first reported the same investor and none is filed yet. */
    private void requireClaimIfNeeded(
            LeadDraft draft, @Nullable Long unitId, @Nullable Long leadId, List<FieldProblem> problems) {
        if (!draft.getClaimReason().isBlank()) {
            return;
        }
        String code = CreditCode.check(draft.getCreditCode()) == null ? draft.getCreditCode() : null;
        boolean required = investorConflicts(draft.getInvestorName(), code, unitId, leadId).stream()
                .anyMatch(conflict -> conflict.claim() == InvestorConflict.ClaimOption.REQUIRED);
        if (required) {
            problems.add(new FieldProblem("claimReason", "lead.claim.error.required"));
        }
    }

    public LeadDetails create(LeadDraft draft) {
        AppUserPrincipal user = currentUser.require();
        if (!canCreate()) {
            throw new AccessDeniedException("Only officers and administrators create leads");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>(LeadRules.validate(draft, LeadStage.REGISTERED, today));
        OrgUnit unit;
        AppUser owner;
        if (user.role() == Role.OFFICER) {
            unit = units.findById(Objects.requireNonNull(user.unitId(), "officer without unit"))
                    .orElseThrow();
            owner = draft.getOwnerId() == null
                    ? users.getReferenceById(user.userId())
                    : references.ownerInUnit(draft.getOwnerId(), unit.getId(), problems);
        } else {
            unit = draft.getUnitId() == null
                    ? null
                    : units.findById(draft.getUnitId()).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unitId", "lead.error.required"));
            }
            owner = draft.getOwnerId() == null || unit == null
                    ? null
                    : references.ownerInUnit(draft.getOwnerId(), unit.getId(), problems);
            if (draft.getOwnerId() == null) {
                problems.add(new FieldProblem("ownerId", "lead.error.required"));
            }
        }
        LeadReferences.Resolved resolved = references.resolve(draft, problems);
        if (unit != null) {
            requireClaimIfNeeded(draft, unit.getId(), null, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // as stored everywhere (AuditingConfig)
        AppUser reporter = users.getReferenceById(user.userId());
        Lead lead = new Lead(numbers.next(today.getYear()), reporter, unit, now, today);
        lead.handOverTo(owner, unit);
        LeadMapping.apply(draft, resolved, lead);
        leads.saveAndFlush(lead);
        stageChanges.save(new LeadStageChange(lead, null, LeadStage.REGISTERED, reporter, now, null));
        audit.record(
                lead,
                AuditSubject.LEAD,
                lead.getId(),
                AuditAction.CREATE,
                LeadAudit.EMPTY,
                LeadAudit.snapshot(lead),
                user,
                null);
        events.publishEvent(new LeadRegistered(lead.getId(), LeadMapping.blankToNull(draft.getClaimReason())));
        return LeadMapping.toDetails(lead, user);
    }

    /**
     * Saves the edited fields. Refused with {@link LeadConflictException} when someone else saved the lead since
     * {@code version}; the stage, owner and unit are not changed here (see {@link #changeStage}, {@link #handOver}).
     */
    public LeadDetails update(long id, long version, LeadDraft draft) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = access.editableLead(id, version, user);
        List<FieldProblem> problems = new ArrayList<>(LeadRules.validate(draft, lead.getStage(), LocalDate.now(clock)));
        LeadReferences.Resolved resolved = references.resolve(draft, problems);
        CreditCode storedCode = lead.getInvestor().getCreditCode();
        boolean investorChanged =
                !draft.getInvestorName().strip().equals(lead.getInvestor().getName())
                        || !Objects.equals(
                                LeadMapping.normalisedCreditCode(draft),
                                storedCode == null ? null : storedCode.value());
        if (investorChanged) {
            requireClaimIfNeeded(draft, lead.getUnit().getId(), lead.getId(), problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        LeadMapping.apply(draft, resolved, lead);
        leads.saveAndFlush(lead);
        audit.record(
                lead,
                AuditSubject.LEAD,
                lead.getId(),
                AuditAction.UPDATE,
                before,
                LeadAudit.snapshot(lead),
                user,
                null);
        events.publishEvent(
                new LeadEdited(lead.getId(), investorChanged, LeadMapping.blankToNull(draft.getClaimReason())));
        return LeadMapping.toDetails(lead, user);
    }

    /**
     * Moves the lead to another stage — the one way stages change. Checks the transition, applies the facts
     * the new stage needs, checks the whole lead against it, and records the change in the stage history.
     */
    public LeadDetails changeStage(long id, long version, StageChangeRequest request) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = access.lockedLead(id, version, user, LeadPermission.CHANGE_STAGE);
        LeadStage from = lead.getStage();
        List<FieldProblem> problems = new ArrayList<>(
                LeadRules.checkTransition(from, request.target(), request.comment(), request.lostReason()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        LeadDraft draft = LeadMapping.toDraft(lead);
        if (request.signedOn() != null) {
            draft.setSignedOn(request.signedOn());
        }
        if (request.signedAmount() != null) {
            draft.setSignedAmount(request.signedAmount());
        }
        if (request.plannedStartOn() != null) {
            draft.setPlannedStartOn(request.plannedStartOn());
        }
        if (request.actualStartOn() != null) {
            draft.setActualStartOn(request.actualStartOn());
        }
        if (request.actualProductionOn() != null) {
            draft.setActualProductionOn(request.actualProductionOn());
        }
        String comment = LeadMapping.blankToNull(request.comment());
        if (request.target() == LeadStage.LOST) {
            draft.setLostReason(
                    request.lostReason() == null || request.lostReason().isBlank()
                            ? Objects.requireNonNullElse(comment, "")
                            : request.lostReason().strip());
        }
        problems.addAll(LeadRules.validate(draft, request.target(), LocalDate.now(clock)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        lead.setSignedOn(draft.getSignedOn());
        lead.setSignedAmount(draft.getSignedAmount());
        lead.getMilestones().setPlannedStartOn(draft.getPlannedStartOn());
        lead.getMilestones().setActualStartOn(draft.getActualStartOn());
        lead.getMilestones().setActualProductionOn(draft.getActualProductionOn());
        lead.setLostReason(LeadMapping.blankToNull(draft.getLostReason()));
        moves.enterStage(lead, before, request.target(), user, comment);
        return LeadMapping.toDetails(lead, user);
    }

    /** Hands the lead to an officer of a unit; the lead keeps its whole history and the handover is recorded. */
    public LeadDetails handOver(long id, long version, HandoverRequest request) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = access.lockedLead(id, version, user, LeadPermission.HAND_OVER);
        List<FieldProblem> problems = new ArrayList<>();
        OrgUnit unit = request.unitId() == null
                ? null
                : units.findById(request.unitId()).orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem("unitId", "lead.error.required"));
        }
        AppUser owner = request.ownerId() == null || unit == null
                ? null
                : references.ownerInUnit(request.ownerId(), unit.getId(), problems);
        if (request.ownerId() == null) {
            problems.add(new FieldProblem("ownerId", "lead.error.required"));
        }
        if (request.reason() != null && request.reason().length() > HandoverRequest.MAX_REASON) {
            problems.add(new FieldProblem("reason", "lead.error.tooLong", HandoverRequest.MAX_REASON));
        }
        if (problems.isEmpty()
                && owner.getId().equals(lead.getOwner().getId())
                && unit.getId().equals(lead.getUnit().getId())) {
            problems.add(new FieldProblem("ownerId", "lead.handover.error.same"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        moves.handOver(lead, owner, unit, user, LeadMapping.blankToNull(request.reason()));
        return LeadMapping.toDetails(lead, user);
    }

    /** Deletes a mistaken lead: administrators, or its first reporter while it is still at 线索登记. */
    public void delete(long id, long version) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = access.lockedLead(id, version, user, LeadPermission.DELETE);
        audit.record(
                lead,
                AuditSubject.LEAD,
                lead.getId(),
                AuditAction.DELETE,
                LeadAudit.snapshot(lead),
                LeadAudit.EMPTY,
                user,
                null);
        followUps.deleteByLeadId(id);
        stageChanges.deleteByLeadId(id);
        handovers.deleteByLeadId(id);
        comments.deleteByLeadId(id);
        events.publishEvent(new LeadDeleted(id));
        leads.delete(lead);
    }
}

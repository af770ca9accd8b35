package com.chainleads.lead.service;

import com.chainleads.base.domain.CreditCode;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.Sector;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadComment;
import com.chainleads.lead.domain.LeadCommentRepository;
import com.chainleads.lead.domain.LeadFollowUp;
import com.chainleads.lead.domain.LeadFollowUpRepository;
import com.chainleads.lead.domain.LeadHandover;
import com.chainleads.lead.domain.LeadHandoverRepository;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadStageChange;
import com.chainleads.lead.domain.LeadStageChangeRepository;
import com.chainleads.lead.search.LeadIndexSync;
import com.chainleads.lead.summary.LeadSummaries;
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
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead register's commands and the reading of one lead: creating and editing leads, stage changes,
 * follow-ups, handovers and comments; the lists and figures are {@link LeadQueries}' and {@link LeadFigures}'.
 * Owns the transactions and the access rules — officers see and edit their own unit's leads, leaders see all and
 * comment, administrators see and edit all — enforced here and in the queries, whatever the UI shows. A lead out of the caller's reach answers as not found.
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
    private final SectorRepository sectors;
    private final ChainLinkRepository chainLinks;
    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;
    private final ObjectProvider<InvestorConflictCheck> conflictChecks;
    private final ApplicationEventPublisher events;
    private final LeadIndexSync indexSync;
    private final LeadSummaries summaries;
    private final ImportedLeadWriter writer;

    LeadService(LeadRepository leads, LeadFollowUpRepository followUps, LeadStageChangeRepository stageChanges,
            LeadHandoverRepository handovers, LeadCommentRepository comments, LeadAudit audit, LeadNumbers numbers,
            SectorRepository sectors, ChainLinkRepository chainLinks, AppUserRepository users,
            OrgUnitRepository units, CurrentUser currentUser, Clock clock,
            jakarta.persistence.EntityManager entityManager, ObjectProvider<InvestorConflictCheck> conflictChecks,
            ApplicationEventPublisher events, LeadIndexSync indexSync, LeadSummaries summaries,
            ImportedLeadWriter writer) {
        this.leads = leads;
        this.followUps = followUps;
        this.stageChanges = stageChanges;
        this.handovers = handovers;
        this.comments = comments;
        this.audit = audit;
        this.numbers = numbers;
        this.sectors = sectors;
        this.chainLinks = chainLinks;
        this.users = users;
        this.units = units;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
        this.conflictChecks = conflictChecks;
        this.events = events;
        this.indexSync = indexSync;
        this.summaries = summaries;
        this.writer = writer;
    }

    // ---- reading one lead ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public LeadDetails load(long id) {
        AppUserPrincipal user = currentUser.require();
        return toDetails(visibleLead(id, user), user);
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
        Role role = currentUser.require().role();
        return role == Role.OFFICER || role == Role.ADMIN;
    }

    @Transactional(readOnly = true)
    public List<FollowUpRow> followUps(long leadId) {
        visibleLead(leadId, currentUser.require());
        return followUps.findByLeadIdOrderByFollowUpOnDescIdDesc(leadId).stream().map(LeadService::toRow).toList();
    }

    @Transactional(readOnly = true)
    public List<StageChangeRow> stageHistory(long leadId) {
        visibleLead(leadId, currentUser.require());
        return stageChanges.findByLeadIdOrderByChangedAtDescIdDesc(leadId).stream()
                .map(c -> new StageChangeRow(c.getId(), c.getFromStage(), c.getToStage(),
                        c.getChangedBy().getDisplayName(), c.getChangedAt(), c.getComment()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<HandoverRow> handovers(long leadId) {
        visibleLead(leadId, currentUser.require());
        return handovers.findByLeadIdOrderByHandedOverAtDescIdDesc(leadId).stream()
                .map(h -> new HandoverRow(h.getId(), h.getFromOwner().getDisplayName(), h.getFromUnit().getNameZh(),
                        h.getFromUnit().getNameEn(), h.getToOwner().getDisplayName(), h.getToUnit().getNameZh(),
                        h.getToUnit().getNameEn(), h.getHandedOverBy().getDisplayName(), h.getHandedOverAt(),
                        h.getReason()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CommentRow> comments(long leadId) {
        visibleLead(leadId, currentUser.require());
        return comments.findByLeadIdOrderByCreatedAtDescIdDesc(leadId).stream()
                .map(c -> new CommentRow(c.getId(), c.getAuthor().getDisplayName(), c.getCreatedAt(),
                        c.getContent()))
                .toList();
    }

    /** The change log (变更记录) of the lead and its follow-ups and comments, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRow> changeLog(long leadId) {
        visibleLead(leadId, currentUser.require());
        return audit.rows(leadId);
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
                .map(u -> new UserOption(u.getId(), u.getUsername(), u.getDisplayName(),
                        u.getUnit() == null ? null : u.getUnit().getId()))
                .toList();
    }

    /**
     * Masked hints about other leads — of any unit — on the investor as entered (撞单 detection); empty when no
     * check is installed. See {@link InvestorConflictCheck#check}.
     */
    @Transactional(readOnly = true)
    public List<InvestorConflict> investorConflicts(String investorName, @Nullable String creditCode,
            @Nullable Long unitId, @Nullable Long leadId) {
        currentUser.require();
        boolean noName = investorName == null || investorName.isBlank();
        if (noName && CreditCode.parse(creditCode).isEmpty()) {
            return List.of(); // a credit code alone is enough to look up (issue 13, point 7)
        }
        InvestorConflictCheck check = conflictChecks.getIfAvailable();
        return check == null ? List.of() : check.check(noName ? "" : investorName, creditCode, unitId, leadId);
    }

    /**
     * For each investor of an import window, the 撞单 hint that would make its row a claim, or {@code null}: one
     * look-up for the window (see {@link InvestorConflictCheck#claimsRequired}); the import's own new leads are
     * skipped. All {@code null} when no check is installed.
     */
    @Transactional(readOnly = true)
    public List<@Nullable InvestorConflict> investorClaimsRequired(List<InvestorToCheck> investors,
            java.util.Collection<Long> skippedLeadIds) {
        currentUser.require();
        InvestorConflictCheck check = conflictChecks.getIfAvailable();
        if (check == null) {
            List<@Nullable InvestorConflict> none = new ArrayList<>(investors.size());
            investors.forEach(investor -> none.add(null));
            return none;
        }
        return check.claimsRequired(investors, skippedLeadIds);
    }

    /** A 撞单 claim is needed when another unit first reported the same investor and none is filed yet. */
    private void requireClaimIfNeeded(LeadDraft draft, @Nullable Long unitId, @Nullable Long leadId,
            List<FieldProblem> problems) {
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

    // ---- creating and editing -----------------------------------------------------------------------------

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
            unit = units.findById(Objects.requireNonNull(user.unitId(), "officer without unit")).orElseThrow();
            owner = draft.getOwnerId() == null ? users.getReferenceById(user.userId())
                    : ownerInUnit(draft.getOwnerId(), unit.getId(), problems);
        } else {
            unit = draft.getUnitId() == null ? null : units.findById(draft.getUnitId()).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unitId", "lead.error.required"));
            }
            owner = draft.getOwnerId() == null || unit == null ? null
                    : ownerInUnit(draft.getOwnerId(), unit.getId(), problems);
            if (draft.getOwnerId() == null) {
                problems.add(new FieldProblem("ownerId", "lead.error.required"));
            }
        }
        References references = references(draft, problems);
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
        apply(draft, references, lead);
        leads.saveAndFlush(lead);
        stageChanges.save(new LeadStageChange(lead, null, LeadStage.REGISTERED, reporter, now, null));
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.CREATE, LeadAudit.EMPTY,
                LeadAudit.snapshot(lead), user, null);
        events.publishEvent(new LeadRegistered(lead.getId(), blankToNull(draft.getClaimReason())));
        return toDetails(lead, user);
    }

    /**
     * Saves the edited fields. Refused with {@link LeadConflictException} when someone else saved the lead since
     * {@code version}; the stage, owner and unit are not changed here (see {@link #changeStage}, {@link #handOver}).
     */
    public LeadDetails update(long id, long version, LeadDraft draft) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = editableLead(id, version, user);
        List<FieldProblem> problems = new ArrayList<>(LeadRules.validate(draft, lead.getStage(), LocalDate.now(clock)));
        References references = references(draft, problems);
        String investorBefore = lead.getInvestorName();
        String codeBefore = lead.getCreditCode();
        boolean investorChanged = !draft.getInvestorName().strip().equals(investorBefore)
                || !Objects.equals(draft.getCreditCode().isBlank() ? null : CreditCode.normalise(draft.getCreditCode()),
                        codeBefore);
        if (investorChanged) {
            requireClaimIfNeeded(draft, lead.getUnit().getId(), lead.getId(), problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        apply(draft, references, lead);
        leads.saveAndFlush(lead);
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.UPDATE, before, LeadAudit.snapshot(lead), user,
                null);
        events.publishEvent(new LeadEdited(lead.getId(), investorChanged, blankToNull(draft.getClaimReason())));
        return toDetails(lead, user);
    }

    /**
     * Moves the lead to another stage — the one way stages change. Checks the transition, applies the facts
     * the new stage needs, checks the whole lead against it, and records the change in the stage history.
     */
    public LeadDetails changeStage(long id, long version, StageChangeRequest request) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = editableLead(id, version, user);
        LeadStage from = lead.getStage();
        List<FieldProblem> problems = new ArrayList<>(
                LeadRules.checkTransition(from, request.target(), request.comment(), request.lostReason()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        LeadDraft draft = toDraft(lead);
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
        String comment = blankToNull(request.comment());
        if (request.target() == LeadStage.LOST) {
            draft.setLostReason(request.lostReason() == null || request.lostReason().isBlank()
                    ? Objects.requireNonNullElse(comment, "") : request.lostReason().strip());
        }
        problems.addAll(LeadRules.validate(draft, request.target(), LocalDate.now(clock)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        lead.setSignedOn(draft.getSignedOn());
        lead.setSignedAmount(draft.getSignedAmount());
        lead.setPlannedStartOn(draft.getPlannedStartOn());
        lead.setActualStartOn(draft.getActualStartOn());
        lead.setActualProductionOn(draft.getActualProductionOn());
        lead.setLostReason(blankToNull(draft.getLostReason()));
        lead.enterStage(request.target(), LocalDate.now(clock));
        leads.saveAndFlush(lead);
        stageChanges.save(new LeadStageChange(lead, from, request.target(), users.getReferenceById(user.userId()),
                clock.instant(), comment));
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.UPDATE, before, LeadAudit.snapshot(lead), user,
                comment);
        return toDetails(lead, user);
    }

    /** Hands the lead to an officer of a unit; the lead keeps its whole history and the handover is recorded. */
    public LeadDetails handOver(long id, long version, HandoverRequest request) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = lockedLead(id, user);
        if (!permissions(lead, user).canHandOver()) {
            throw new AccessDeniedException("May not hand over lead " + id);
        }
        checkVersion(lead, version);
        List<FieldProblem> problems = new ArrayList<>();
        OrgUnit unit = request.unitId() == null ? null : units.findById(request.unitId()).orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem("unitId", "lead.error.required"));
        }
        AppUser owner = request.ownerId() == null || unit == null ? null
                : ownerInUnit(request.ownerId(), unit.getId(), problems);
        if (request.ownerId() == null) {
            problems.add(new FieldProblem("ownerId", "lead.error.required"));
        }
        if (request.reason() != null && request.reason().length() > 500) {
            problems.add(new FieldProblem("reason", "lead.error.tooLong", 500));
        }
        if (problems.isEmpty() && owner.getId().equals(lead.getOwner().getId())
                && unit.getId().equals(lead.getUnit().getId())) {
            problems.add(new FieldProblem("ownerId", "lead.handover.error.same"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        recordHandover(lead, owner, unit, user, blankToNull(request.reason()));
        return toDetails(lead, user);
    }

    private void recordHandover(Lead lead, AppUser owner, OrgUnit unit, AppUserPrincipal user,
            @Nullable String reason) {
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        AppUser from = lead.getOwner();
        handovers.save(new LeadHandover(lead, from, lead.getUnit(), owner, unit,
                users.getReferenceById(user.userId()), clock.instant(), reason));
        lead.handOverTo(owner, unit);
        leads.saveAndFlush(lead);
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.UPDATE, before, LeadAudit.snapshot(lead), user,
                reason);
        events.publishEvent(new LeadHandedOver(lead.getId(), lead.getLeadNo(), lead.getProjectName(), from.getId(),
                owner.getId(), unit.getId(), user.userId(), reason));
    }

    // ---- settling a 撞单 (for the rules of practice) -------------------------------------------------------

    /**
     * Carries out a settled 撞单 — two leads on one investor, of which one goes on: a leader's ruling, or a claim
     * the first-report rule granted. When {@code handOverKept} is set, {@code keptId} is handed over to the owner
     * and unit of {@code duplicateId}; then {@code duplicateId} is closed as 终止 with {@code closingNote} as its
     * reason (unless it is closed or at 达产 already). Both moves are recorded like any handover and stage change
     * (history, change log, {@link LeadHandedOver}), by the signed-in user.
     *
     * <p>Not for views: it crosses unit lines, so the caller — the rules of practice — has decided who may settle.
     */
    public void settleDuplicate(long duplicateId, long keptId, boolean handOverKept, String handoverNote,
            String closingNote) {
        AppUserPrincipal user = currentUser.require();
        // both rows locked, always in the same order; the caller may have read them before
        Lead lower = lockedLead(Math.min(duplicateId, keptId));
        Lead upper = lockedLead(Math.max(duplicateId, keptId));
        Lead duplicate = duplicateId < keptId ? lower : upper;
        Lead kept = duplicateId < keptId ? upper : lower;
        if (handOverKept && !duplicate.getOwner().getId().equals(kept.getOwner().getId())) {
            List<FieldProblem> problems = new ArrayList<>();
            AppUser owner = ownerInUnit(duplicate.getOwner().getId(), duplicate.getUnit().getId(), problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            recordHandover(kept, owner, duplicate.getUnit(), user, limit(handoverNote));
        }
        LeadStage from = duplicate.getStage();
        if (from == LeadStage.LOST || from == LeadStage.FULL_CAPACITY) {
            return;
        }
        String note = limit(closingNote);
        LeadAudit.Snapshot before = LeadAudit.snapshot(duplicate);
        duplicate.setLostReason(note);
        duplicate.enterStage(LeadStage.LOST, LocalDate.now(clock));
        leads.saveAndFlush(duplicate);
        stageChanges.save(new LeadStageChange(duplicate, from, LeadStage.LOST, users.getReferenceById(user.userId()),
                clock.instant(), note));
        audit.record(duplicate, AuditSubject.LEAD, duplicate.getId(), AuditAction.UPDATE, before,
                LeadAudit.snapshot(duplicate), user, note);
    }

    private static String limit(String note) {
        String text = note.strip();
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    /** Deletes a mistaken lead: administrators, or its first reporter while it is still at 线索登记. */
    public void delete(long id, long version) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = lockedLead(id, user);
        if (!permissions(lead, user).canDelete()) {
            throw new AccessDeniedException("May not delete lead " + id);
        }
        checkVersion(lead, version);
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.DELETE, LeadAudit.snapshot(lead),
                LeadAudit.EMPTY, user, null);
        followUps.deleteByLeadId(id);
        stageChanges.deleteByLeadId(id);
        handovers.deleteByLeadId(id);
        comments.deleteByLeadId(id);
        leads.delete(lead);
    }

    // ---- Excel import and export ----------------------------------------------------------------------------

    /** Which of these credit codes some lead already has, in any unit (an import refuses those rows). */
    @Transactional(readOnly = true)
    public Set<String> existingCreditCodes(java.util.Collection<String> codes) {
        return codes.isEmpty() ? Set.of() : Set.copyOf(leads.findExistingCreditCodes(codes));
    }

    /**
     * Registers imported leads inside the caller's (the import's) transaction, with the same rules as the form
     * checked again here: officers import into their own unit, owners are officers of the lead's unit, every
     * field valid for the row's stage. Each lead gets a number, a stage history entry and an audit entry naming
     * the file. The numbers are reserved as one block in a short transaction of their own, so the import never
     * holds the lead-number counter that other saves need (a rolled-back import leaves a gap in the numbers); the
     * rows are written in JDBC batches, the summaries told in this transaction and the search index after the
     * commit. Returns the new leads' ids in the order of the rows.
     */
    public List<Long> importLeads(List<LeadImportRow> rows, String fileName) {
        AppUserPrincipal user = currentUser.require();
        if (!canCreate()) {
            throw new AccessDeniedException("Only officers and administrators import leads");
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // as stored everywhere (AuditingConfig)
        AppUser importer = users.getReferenceById(user.userId());
        indexSync.excludeFromAutomaticIndexing();
        record Checked(LeadImportRow row, OrgUnit unit, AppUser owner, References references) {
        }
        List<Checked> checked = new ArrayList<>(rows.size());
        for (LeadImportRow row : rows) {
            LeadDraft draft = row.draft();
            List<FieldProblem> problems = new ArrayList<>(LeadRules.validate(draft, row.stage(), today));
            if (row.reportedOn().isAfter(today)) {
                problems.add(new FieldProblem("reportedOn", "lead.error.future"));
            }
            OrgUnit unit = draft.getUnitId() == null ? null : units.findById(draft.getUnitId()).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unitId", "lead.error.required"));
            } else if (user.role() == Role.OFFICER && !unit.getId().equals(user.unitId())) {
                problems.add(new FieldProblem("unitId", "lead.import.error.otherUnit"));
            }
            AppUser owner = draft.getOwnerId() == null || unit == null ? null
                    : ownerInUnit(draft.getOwnerId(), unit.getId(), problems);
            References references = references(draft, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            checked.add(new Checked(row, Objects.requireNonNull(unit), Objects.requireNonNull(owner), references));
        }
        LeadNumbers.Block numbersOfImport = numbers.reserve(today.getYear(), checked.size());
        List<ImportedLeadWriter.NewLead> newLeads = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            Checked c = checked.get(i);
            LeadImportRow row = c.row();
            Instant reportedAt = row.reportedOn().equals(today) ? now
                    : row.reportedOn().atTime(9, 0).atZone(clock.getZone()).toInstant();
            Lead lead = new Lead(numbersOfImport.number(i), importer, c.unit(), reportedAt, row.reportedOn());
            lead.handOverTo(c.owner(), c.unit());
            apply(row.draft(), c.references(), lead);
            lead.enterStage(row.stage(), stageDate(row));
            newLeads.add(new ImportedLeadWriter.NewLead(lead, audit.changesOfNew(lead)));
        }
        entityManager.flush(); // whatever Hibernate holds goes before the batches
        List<Long> imported = writer.insert(newLeads, user, now, fileName);
        for (ImportedLeadWriter.NewLead newLead : newLeads) {
            summaries.record(null, summaries.factsOf(newLead.lead()));
        }
        events.publishEvent(new LeadsImported(imported, fileName));
        // written with JDBC: the index takes the leads from the table once the import commits
        indexSync.writeAfterCommit(imported);
        entityManager.clear();
        return imported;
    }

    /** When an imported lead entered its stage: the milestone date the file gives, else the first report. */
    private static LocalDate stageDate(LeadImportRow row) {
        LeadDraft d = row.draft();
        LocalDate milestone = switch (row.stage()) {
            case SIGNED, INCORPORATED -> d.getSignedOn();
            case CONSTRUCTION -> d.getActualStartOn();
            case PRODUCTION, FULL_CAPACITY -> d.getActualProductionOn();
            default -> null;
        };
        return milestone == null || milestone.isBefore(row.reportedOn()) ? row.reportedOn() : milestone;
    }

    // ---- follow-ups and comments --------------------------------------------------------------------------

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public FollowUpRow addFollowUp(long leadId, FollowUpDraft draft) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = followableLead(leadId, user);
        validate(draft);
        LeadFollowUp followUp = new LeadFollowUp(lead);
        apply(draft, followUp);
        followUps.saveAndFlush(followUp);
        refreshFollowUpDates(lead);
        audit.record(lead, AuditSubject.FOLLOW_UP, followUp.getId(), AuditAction.CREATE, LeadAudit.EMPTY,
                LeadAudit.snapshot(followUp), user, null);
        return toRow(followUp);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public FollowUpRow updateFollowUp(long followUpId, long version, FollowUpDraft draft) {
        AppUserPrincipal user = currentUser.require();
        LeadFollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new RecordNotFoundException("followUp", followUpId));
        Lead lead = followableLead(followUp.getLead().getId(), user);
        if (followUp.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(LeadFollowUp.class, followUpId);
        }
        validate(draft);
        LeadAudit.Snapshot before = LeadAudit.snapshot(followUp);
        apply(draft, followUp);
        followUps.saveAndFlush(followUp);
        refreshFollowUpDates(lead);
        audit.record(lead, AuditSubject.FOLLOW_UP, followUp.getId(), AuditAction.UPDATE, before,
                LeadAudit.snapshot(followUp), user, null);
        return toRow(followUp);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void deleteFollowUp(long followUpId, long version) {
        AppUserPrincipal user = currentUser.require();
        LeadFollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new RecordNotFoundException("followUp", followUpId));
        Lead lead = followableLead(followUp.getLead().getId(), user);
        if (followUp.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(LeadFollowUp.class, followUpId);
        }
        audit.record(lead, AuditSubject.FOLLOW_UP, followUp.getId(), AuditAction.DELETE, LeadAudit.snapshot(followUp),
                LeadAudit.EMPTY, user, null);
        followUps.delete(followUp);
        followUps.flush();
        refreshFollowUpDates(lead);
    }

    /** A leader's comment (批示); officers of the unit read it on the lead's page. */
    public CommentRow addComment(long leadId, String content) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = visibleLead(leadId, user);
        if (!permissions(lead, user).canComment()) {
            throw new AccessDeniedException("May not comment on lead " + leadId);
        }
        String text = content == null ? "" : content.strip();
        if (text.isEmpty()) {
            throw new ValidationException(List.of(new FieldProblem("content", "lead.error.required")));
        }
        if (text.length() > 2000) {
            throw new ValidationException(List.of(new FieldProblem("content", "lead.error.tooLong", 2000)));
        }
        LeadComment comment = comments.save(new LeadComment(lead, users.getReferenceById(user.userId()),
                clock.instant(), text));
        audit.record(lead, AuditSubject.COMMENT, comment.getId(), AuditAction.CREATE, LeadAudit.EMPTY,
                new LeadAudit.Snapshot(java.util.Map.of("content", new AuditChange("content", "text", null, text))),
                user, null);
        return new CommentRow(comment.getId(), user.displayName(), comment.getCreatedAt(), text);
    }

    private void validate(FollowUpDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (draft.getFollowUpOn() == null) {
            problems.add(new FieldProblem("followUpOn", "lead.error.required"));
        } else if (draft.getFollowUpOn().isAfter(today)) {
            problems.add(new FieldProblem("followUpOn", "lead.error.future"));
        }
        if (draft.getMethod() == null) {
            problems.add(new FieldProblem("method", "lead.error.required"));
        }
        if (draft.getContent().isBlank()) {
            problems.add(new FieldProblem("content", "lead.error.required"));
        } else if (draft.getContent().length() > 2000) {
            problems.add(new FieldProblem("content", "lead.error.tooLong", 2000));
        }
        if (draft.getPeopleMet().length() > 200) {
            problems.add(new FieldProblem("peopleMet", "lead.error.tooLong", 200));
        }
        if (draft.getNextStep().length() > 500) {
            problems.add(new FieldProblem("nextStep", "lead.error.tooLong", 500));
        }
        if (draft.getNextFollowUpOn() != null && draft.getFollowUpOn() != null
                && draft.getNextFollowUpOn().isBefore(draft.getFollowUpOn())) {
            problems.add(new FieldProblem("nextFollowUpOn", "lead.followUp.error.nextBeforeDate"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void apply(FollowUpDraft draft, LeadFollowUp followUp) {
        followUp.setFollowUpOn(draft.getFollowUpOn());
        followUp.setMethod(draft.getMethod());
        followUp.setPeopleMet(blankToNull(draft.getPeopleMet()));
        followUp.setContent(draft.getContent().strip());
        followUp.setNextStep(blankToNull(draft.getNextStep()));
        followUp.setNextFollowUpOn(draft.getNextFollowUpOn());
    }

    /**
     * The lead's last and next follow-up dates follow its latest entry. A bulk update, which Hibernate's events do
     * not see: the summaries are told of the new day of last activity here, and the lead is read again so that
     * anything later in the transaction (and the search index) starts from what the database holds.
     */
    private void refreshFollowUpDates(Lead lead) {
        var latest = followUps.findFirstByLeadIdOrderByFollowUpOnDescIdDesc(lead.getId());
        LocalDate reportedOn = LocalDate.ofInstant(lead.getFirstReportedAt(), clock.getZone());
        LocalDate lastOn = latest.map(LeadFollowUp::getFollowUpOn).orElse(null);
        LocalDate activityOn = lastOn == null || lastOn.isBefore(reportedOn) ? reportedOn : lastOn;
        leads.updateFollowUpDates(lead.getId(), lastOn, latest.map(LeadFollowUp::getNextFollowUpOn).orElse(null),
                activityOn);
        summaries.activityMoved(lead, activityOn);
        entityManager.refresh(lead);
        indexSync.changedBehindHibernate(lead); // the index writes the reloaded dates at commit
    }

    // ---- access -------------------------------------------------------------------------------------------

    private Lead visibleLead(long id, AppUserPrincipal user) {
        Lead lead = leads.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("lead", id));
        if (!canSee(lead, user)) {
            throw new RecordNotFoundException("lead", id);
        }
        return lead;
    }

    private Lead editableLead(long id, long version, AppUserPrincipal user) {
        Lead lead = lockedLead(id, user);
        if (!permissions(lead, user).canEdit()) {
            throw new AccessDeniedException("May not edit lead " + id);
        }
        checkVersion(lead, version);
        return lead;
    }

    /**
     * The lead to change, its row locked until the transaction ends (as a follow-up locks it, {@link
     * #followableLead}) and its values read again with the lock: what this transaction changes from is what the
     * database holds — including the day of last activity, which follow-ups move without a new version — so the
     * summaries move from the right values.
     */
    private Lead lockedLead(long id, AppUserPrincipal user) {
        Lead lead = lockedLead(id);
        if (!canSee(lead, user)) {
            throw new RecordNotFoundException("lead", id);
        }
        return lead;
    }

    private Lead lockedLead(long id) {
        Lead lead = leads.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("lead", id));
        try {
            entityManager.refresh(lead, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.EntityNotFoundException deletedMeanwhile) {
            throw new RecordNotFoundException("lead", id);
        }
        return lead;
    }

    /**
     * Follow-ups of one lead are written one at a time (the lead's row is locked first, and they run in
     * READ_COMMITTED): the lead's follow-up dates then always follow its latest entry, and two follow-ups at the
     * same moment do not deadlock on the lead's row.
     */
    private Lead followableLead(long id, AppUserPrincipal user) {
        leads.lockById(id);
        Lead lead = visibleLead(id, user);
        if (!permissions(lead, user).canFollowUp()) {
            throw new AccessDeniedException("May not follow up lead " + id);
        }
        return lead;
    }

    private static void checkVersion(Lead lead, long version) {
        if (lead.getVersion() != version) {
            AppUser by = lead.getUpdatedBy();
            throw new LeadConflictException(lead.getId(), by == null ? "?" : by.getDisplayName(),
                    lead.getUpdatedAt());
        }
    }

    static boolean canSee(Lead lead, AppUserPrincipal user) {
        return user.role() != Role.OFFICER || Objects.equals(lead.getUnit().getId(), user.unitId());
    }

    static LeadPermissions permissions(Lead lead, AppUserPrincipal user) {
        boolean ownUnit = user.role() == Role.OFFICER && Objects.equals(lead.getUnit().getId(), user.unitId());
        boolean admin = user.role() == Role.ADMIN;
        boolean leader = user.role() == Role.LEADER;
        boolean edit = ownUnit || admin;
        boolean delete = admin || (ownUnit && lead.getStage() == LeadStage.REGISTERED
                && lead.getFirstReporter().getId() == user.userId());
        return new LeadPermissions(edit, edit, edit, edit || leader, leader || admin, delete);
    }

    private AppUser ownerInUnit(long ownerId, long unitId, List<FieldProblem> problems) {
        AppUser owner = users.findById(ownerId).orElse(null);
        if (owner == null || !owner.isEnabled() || owner.getRole() != Role.OFFICER || owner.getUnit() == null
                || owner.getUnit().getId() != unitId) {
            problems.add(new FieldProblem("ownerId", "lead.error.ownerNotInUnit"));
            return null;
        }
        return owner;
    }

    // ---- mapping ------------------------------------------------------------------------------------------

    private record References(@Nullable Sector sector, @Nullable ChainLink chainLink, @Nullable AppUser leader) {
    }

    private References references(LeadDraft draft, List<FieldProblem> problems) {
        Sector sector = draft.getSectorId() == null ? null : sectors.findById(draft.getSectorId()).orElse(null);
        if (draft.getSectorId() != null && sector == null) {
            problems.add(new FieldProblem("sectorId", "lead.error.unknown"));
        }
        ChainLink link = draft.getChainLinkId() == null ? null
                : chainLinks.findById(draft.getChainLinkId()).orElse(null);
        if (draft.getChainLinkId() != null
                && (link == null || sector == null || !link.getSector().getId().equals(sector.getId()))) {
            problems.add(new FieldProblem("chainLinkId", "lead.error.linkNotInSector"));
        }
        AppUser leader = draft.getLeaderId() == null ? null : users.findById(draft.getLeaderId()).orElse(null);
        if (draft.getLeaderId() != null && (leader == null || leader.getRole() != Role.LEADER)) {
            problems.add(new FieldProblem("leaderId", "lead.error.notALeader"));
        }
        return new References(sector, link, leader);
    }

    private static void apply(LeadDraft draft, References references, Lead lead) {
        lead.setProjectName(draft.getProjectName().strip());
        lead.setInvestorName(draft.getInvestorName().strip());
        lead.setCreditCode(draft.getCreditCode().isBlank() ? null : CreditCode.normalise(draft.getCreditCode()));
        lead.setInvestorType(draft.getInvestorType());
        lead.setQualifications(draft.getQualifications());
        lead.setSector(references.sector());
        lead.setChainLink(references.chainLink());
        lead.setChainPurpose(draft.getChainPurpose());
        lead.setProjectType(draft.getProjectType());
        lead.setHotIndustry(draft.isHotIndustry());
        lead.setTotalInvestment(draft.getTotalInvestment());
        lead.setFixedAssetInvestment(draft.getFixedAssetInvestment());
        lead.setAnnualOutput(draft.getAnnualOutput());
        lead.setAnnualTax(draft.getAnnualTax());
        lead.setJobs(draft.getJobs());
        lead.setChannel(draft.getChannel());
        lead.setReferrer(blankToNull(draft.getReferrer()));
        lead.setOriginRegion(draft.getOriginRegion());
        lead.setLandMu(draft.getLandMu());
        lead.setFloorSpaceSqm(draft.getFloorSpaceSqm());
        lead.setTargetPark(blankToNull(draft.getTargetPark()));
        lead.setCoordinationItems(blankToNull(draft.getCoordinationItems()));
        lead.setLeader(references.leader());
        lead.setSignedOn(draft.getSignedOn());
        lead.setSignedAmount(draft.getSignedAmount());
        lead.setFundsReceived(draft.getFundsReceived());
        lead.setPlannedStartOn(draft.getPlannedStartOn());
        lead.setActualStartOn(draft.getActualStartOn());
        lead.setPlannedProductionOn(draft.getPlannedProductionOn());
        lead.setActualProductionOn(draft.getActualProductionOn());
        lead.setLostReason(blankToNull(draft.getLostReason()));
    }

    static LeadDraft toDraft(Lead lead) {
        return toDraft(lead, lead.getQualifications());
    }

    static LeadDraft toDraft(Lead lead, Set<com.chainleads.lead.domain.QualificationTag> qualifications) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(lead.getProjectName());
        draft.setInvestorName(lead.getInvestorName());
        draft.setCreditCode(Objects.requireNonNullElse(lead.getCreditCode(), ""));
        draft.setInvestorType(lead.getInvestorType());
        draft.setQualifications(qualifications);
        draft.setSectorId(lead.getSector().getId());
        draft.setChainLinkId(lead.getChainLink() == null ? null : lead.getChainLink().getId());
        draft.setChainPurpose(lead.getChainPurpose());
        draft.setProjectType(lead.getProjectType());
        draft.setHotIndustry(lead.isHotIndustry());
        draft.setTotalInvestment(lead.getTotalInvestment());
        draft.setFixedAssetInvestment(lead.getFixedAssetInvestment());
        draft.setAnnualOutput(lead.getAnnualOutput());
        draft.setAnnualTax(lead.getAnnualTax());
        draft.setJobs(lead.getJobs());
        draft.setChannel(lead.getChannel());
        draft.setReferrer(Objects.requireNonNullElse(lead.getReferrer(), ""));
        draft.setOriginRegion(lead.getOriginRegion());
        draft.setLandMu(lead.getLandMu());
        draft.setFloorSpaceSqm(lead.getFloorSpaceSqm());
        draft.setTargetPark(Objects.requireNonNullElse(lead.getTargetPark(), ""));
        draft.setCoordinationItems(Objects.requireNonNullElse(lead.getCoordinationItems(), ""));
        draft.setOwnerId(lead.getOwner().getId());
        draft.setUnitId(lead.getUnit().getId());
        draft.setLeaderId(lead.getLeader() == null ? null : lead.getLeader().getId());
        draft.setSignedOn(lead.getSignedOn());
        draft.setSignedAmount(lead.getSignedAmount());
        draft.setFundsReceived(lead.getFundsReceived());
        draft.setPlannedStartOn(lead.getPlannedStartOn());
        draft.setActualStartOn(lead.getActualStartOn());
        draft.setPlannedProductionOn(lead.getPlannedProductionOn());
        draft.setActualProductionOn(lead.getActualProductionOn());
        draft.setLostReason(Objects.requireNonNullElse(lead.getLostReason(), ""));
        return draft;
    }

    private static LeadDetails toDetails(Lead lead, AppUserPrincipal user) {
        AppUser updatedBy = lead.getUpdatedBy();
        return new LeadDetails(lead.getId(), lead.getVersion(), lead.getLeadNo(), toDraft(lead), lead.getStage(),
                lead.getStageEnteredOn(), lead.getFirstReporter().getDisplayName(), lead.getFirstReportedAt(),
                lead.getOwner().getId(), lead.getOwner().getDisplayName(), lead.getUnit().getId(),
                lead.getUnit().getNameZh(), lead.getUnit().getNameEn(),
                lead.getLeader() == null ? null : lead.getLeader().getDisplayName(), lead.getNextFollowUpOn(),
                lead.getLastFollowUpOn(), updatedBy == null ? null : updatedBy.getDisplayName(), lead.getUpdatedAt(),
                permissions(lead, user));
    }

    private static FollowUpRow toRow(LeadFollowUp f) {
        AppUser author = f.getCreatedBy();
        return new FollowUpRow(f.getId(), f.getVersion(), f.getFollowUpOn(), f.getMethod(), f.getPeopleMet(),
                f.getContent(), f.getNextStep(), f.getNextFollowUpOn(), author == null ? "" : author.getDisplayName(),
                f.getCreatedAt());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

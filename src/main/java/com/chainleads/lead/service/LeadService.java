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
import com.chainleads.lead.domain.LeadRow;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadStageChange;
import com.chainleads.lead.domain.LeadStageChangeRepository;
import com.chainleads.lead.domain.LeadTotals;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead register's one API: finding, reading, creating and editing leads, stage changes, follow-ups,
 * handovers and comments. Owns the transactions and the access rules — officers see and edit their own unit's
 * leads, leaders see all and comment, administrators see and edit all — enforced here and in the queries,
 * whatever the UI shows. A lead out of the caller's reach answers as not found.
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

    LeadService(LeadRepository leads, LeadFollowUpRepository followUps, LeadStageChangeRepository stageChanges,
            LeadHandoverRepository handovers, LeadCommentRepository comments, LeadAudit audit, LeadNumbers numbers,
            SectorRepository sectors, ChainLinkRepository chainLinks, AppUserRepository users,
            OrgUnitRepository units, CurrentUser currentUser, Clock clock) {
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
    }

    // ---- finding ------------------------------------------------------------------------------------------

    /** The leads the caller may see that match the filter, as light rows of one page. */
    @Transactional(readOnly = true)
    public List<LeadRow> findRows(LeadFilter filter, Pageable pageable) {
        return leads.findRowSlice(specification(filter), pageable);
    }

    @Transactional(readOnly = true)
    public Page<LeadRow> find(LeadFilter filter, Pageable pageable) {
        return leads.findRows(specification(filter), pageable);
    }

    @Transactional(readOnly = true)
    public long count(LeadFilter filter) {
        return leads.countMatching(specification(filter));
    }

    /** Number of matching leads and their total planned investment, as shown above the list. */
    @Transactional(readOnly = true)
    public LeadTotals totals(LeadFilter filter) {
        return leads.totals(specification(filter));
    }

    /** The caller's visibility and the filter as one specification (other features query with it too). */
    @Transactional(readOnly = true)
    public Specification<Lead> specification(LeadFilter filter) {
        return LeadSpecifications.visibleTo(currentUser.require()).and(LeadSpecifications.matching(resolve(filter)));
    }

    private LeadCriteria resolve(LeadFilter filter) {
        Set<Long> sectorIds = new HashSet<>();
        for (String code : filter.sectors()) {
            sectorIds.add(sectors.findByCode(code).map(Sector::getId).orElse(LeadCriteria.NO_MATCH));
        }
        Long linkId = filter.chainLink() == null ? null
                : chainLinks.findByCode(filter.chainLink()).map(ChainLink::getId).orElse(LeadCriteria.NO_MATCH);
        Long unitId = filter.unit() == null ? null
                : units.findByCode(filter.unit()).map(OrgUnit::getId).orElse(LeadCriteria.NO_MATCH);
        Long ownerId = filter.owner() == null ? null
                : users.findByUsernameIgnoreCase(filter.owner()).map(AppUser::getId).orElse(LeadCriteria.NO_MATCH);
        ZoneId zone = clock.getZone();
        return new LeadCriteria(filter.text(), sectorIds, linkId, filter.stages(), unitId, ownerId,
                filter.minInvestment(), filter.maxInvestment(), filter.qualifications(), filter.hotIndustry(),
                filter.reportedFrom() == null ? null : filter.reportedFrom().atStartOfDay(zone).toInstant(),
                filter.reportedTo() == null ? null : filter.reportedTo().plusDays(1).atStartOfDay(zone).toInstant(),
                filter.nextFollowUpFrom(), filter.nextFollowUpTo());
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
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = clock.instant();
        AppUser reporter = users.getReferenceById(user.userId());
        Lead lead = new Lead(numbers.next(today.getYear()), reporter, unit, now, today);
        lead.handOverTo(owner, unit);
        apply(draft, references, lead);
        leads.saveAndFlush(lead);
        stageChanges.save(new LeadStageChange(lead, null, LeadStage.REGISTERED, reporter, now, null));
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.CREATE, LeadAudit.EMPTY,
                LeadAudit.snapshot(lead), user, null);
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
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        apply(draft, references, lead);
        leads.saveAndFlush(lead);
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.UPDATE, before, LeadAudit.snapshot(lead), user,
                null);
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
        Lead lead = visibleLead(id, user);
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
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        handovers.save(new LeadHandover(lead, lead.getOwner(), lead.getUnit(), owner, unit,
                users.getReferenceById(user.userId()), clock.instant(), blankToNull(request.reason())));
        lead.handOverTo(owner, unit);
        leads.saveAndFlush(lead);
        audit.record(lead, AuditSubject.LEAD, lead.getId(), AuditAction.UPDATE, before, LeadAudit.snapshot(lead), user,
                blankToNull(request.reason()));
        return toDetails(lead, user);
    }

    /** Deletes a mistaken lead: administrators, or its first reporter while it is still at 线索登记. */
    public void delete(long id, long version) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = visibleLead(id, user);
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

    /** The lead's last and next follow-up dates follow its latest entry. */
    private void refreshFollowUpDates(Lead lead) {
        var latest = followUps.findFirstByLeadIdOrderByFollowUpOnDescIdDesc(lead.getId());
        leads.updateFollowUpDates(lead.getId(), latest.map(LeadFollowUp::getFollowUpOn).orElse(null),
                latest.map(LeadFollowUp::getNextFollowUpOn).orElse(null));
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
        Lead lead = visibleLead(id, user);
        if (!permissions(lead, user).canEdit()) {
            throw new AccessDeniedException("May not edit lead " + id);
        }
        checkVersion(lead, version);
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
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(lead.getProjectName());
        draft.setInvestorName(lead.getInvestorName());
        draft.setCreditCode(Objects.requireNonNullElse(lead.getCreditCode(), ""));
        draft.setInvestorType(lead.getInvestorType());
        draft.setQualifications(lead.getQualifications());
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

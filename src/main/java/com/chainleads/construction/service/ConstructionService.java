package com.chainleads.construction.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.construction.domain.ConstructionAuditEntry.Action;
import com.chainleads.construction.domain.ConstructionAuditEntry.Subject;
import com.chainleads.construction.domain.ConstructionAuditRepository;
import com.chainleads.construction.domain.KindName;
import com.chainleads.construction.domain.MilestoneEvidence;
import com.chainleads.construction.domain.MilestoneEvidenceRepository;
import com.chainleads.construction.domain.MilestoneKind;
import com.chainleads.construction.domain.MilestoneKindRepository;
import com.chainleads.construction.domain.MilestoneRules;
import com.chainleads.construction.domain.ProjectMilestone;
import com.chainleads.construction.domain.ProjectMilestoneRepository;
import com.chainleads.construction.domain.ProjectProgress;
import com.chainleads.construction.domain.ProjectProgressRepository;
import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.domain.ScheduleClock;
import com.chainleads.construction.evidence.EvidenceFiles;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.LeadVisibility;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed project's construction plan (项目建设): its milestones with planned and actual dates and evidence files.
 * Who may see a plan is the lead register's rule — every call starts with {@link LeadService#load}, which answers
 * "not found" for a lead the caller may not see; who may change it is whoever may edit the lead (its unit's
 * officers, administrators); leaders read. Plans exist for leads at 签约 or later ({@link LeadStage#SIGNED_OR_LATER}).
 *
 * <p>Reaching a milestone whose kind names a lead stage (开工, 投产, 达产, 注册 → 注册落地) moves the lead forward to it
 * through {@link LeadService#changeStage} — the same stage rules as the lead page, never backwards. When those
 * rules refuse (a field the stage needs is missing), nothing is saved and {@link StageMoveRefused} says what the
 * lead lacks: the plan never claims a stage the lead does not have.
 */
@Service
@PermitAll
@Transactional
public class ConstructionService {

    private final LeadService leads;
    private final MilestoneKindRepository kinds;
    private final ProjectMilestoneRepository milestones;
    private final MilestoneEvidenceRepository evidence;
    private final ConstructionAuditRepository auditEntries;
    private final ProjectProgressRepository progressRows;
    private final AppUserRepository users;
    private final PlanReader reader;
    private final ProjectAccess access;
    private final ProgressWriter progress;
    private final EvidenceStorage storage;
    private final ConstructionLog log;
    private final ConstructionSettings settings;
    private final ScheduleClock schedule;
    private final CurrentUser currentUser;
    private final Clock clock;

    ConstructionService(
            LeadService leads,
            MilestoneKindRepository kinds,
            ProjectMilestoneRepository milestones,
            MilestoneEvidenceRepository evidence,
            ConstructionAuditRepository auditEntries,
            ProjectProgressRepository progressRows,
            AppUserRepository users,
            PlanReader reader,
            ProjectAccess access,
            ProgressWriter progress,
            EvidenceStorage storage,
            ConstructionLog log,
            ConstructionSettings settings,
            ScheduleClock schedule,
            CurrentUser currentUser,
            Clock clock) {
        this.leads = leads;
        this.kinds = kinds;
        this.milestones = milestones;
        this.evidence = evidence;
        this.auditEntries = auditEntries;
        this.progressRows = progressRows;
        this.users = users;
        this.reader = reader;
        this.access = access;
        this.progress = progress;
        this.storage = storage;
        this.log = log;
        this.settings = settings;
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the lead has a construction plan at all (签约 or later). */
    public static boolean hasPlan(LeadStage stage) {
        return LeadStage.SIGNED_OR_LATER.contains(stage);
    }

    /** The plan of a signed project the caller can see; not found for another unit's lead or an unsigned one. */
    @Transactional(readOnly = true)
    public ProjectPlan plan(long leadId) {
        LeadDetails lead = access.signedLead(leadId);
        LocalDate today = LocalDate.now(clock);
        List<PlanLine> lines = reader.lines(leadId, today);
        List<ScheduleClock.Dates> dates = lines.stream()
                .filter(line -> line.kindActive() || line.actualOn() != null)
                .map(line -> new ScheduleClock.Dates(line.plannedOn(), line.actualOn()))
                .toList();
        return new ProjectPlan(
                leadId,
                lead.draft().getSignedOn(),
                schedule.projectStatus(dates, today),
                schedule.severeDelayDays(),
                lines,
                lead.permissions().canEdit());
    }

    /** The largest evidence file accepted, in bytes ({@code chainleads.construction.max-upload-mb}). */
    public long maxUploadBytes() {
        return settings.maxUploadBytes();
    }

    /**
     * Saves one milestone's dates and note, with files uploaded for it. Checks the dates (see {@link MilestoneRules})
     * and every file (type by content, size), refuses a save over a newer one, records each change in the log, moves
     * the lead's stage when the milestone is newly reached and maps to one, and updates the project's summary row.
     */
    public MilestoneSaved saveMilestone(long leadId, MilestoneDraft draft) {
        LeadDetails lead = access.editableLead(leadId);
        AppUserPrincipal user = currentUser.require();
        MilestoneKind kind = kinds.findById(draft.kindId())
                .orElseThrow(() -> new RecordNotFoundException("milestone kind", draft.kindId()));
        Map<Long, ProjectMilestone> rows = reader.rowsByKind(leadId);
        ProjectMilestone row = rows.get(kind.getId());
        if (draft.milestoneId() == null
                ? row != null
                : row == null || !row.getId().equals(draft.milestoneId())) {
            throw new ObjectOptimisticLockingFailureException(ProjectMilestone.class, draft.milestoneId());
        }
        if (row != null && row.getVersion() != draft.version()) {
            throw new ObjectOptimisticLockingFailureException(ProjectMilestone.class, row.getId());
        }
        if (row == null && !kind.isActive()) {
            throw new BusinessRuleException("kindId", "construction.error.kindInactive");
        }
        LocalDate today = LocalDate.now(clock);
        String note = draft.note() == null || draft.note().isBlank()
                ? null
                : draft.note().strip();
        List<MilestoneRules.Line> plan = new ArrayList<>();
        int index = -1;
        for (MilestoneKind each : reader.kindsOf(rows)) {
            ProjectMilestone other = rows.get(each.getId());
            if (each.getId().equals(kind.getId())) {
                index = plan.size();
                plan.add(new MilestoneRules.Line(KindName.of(each), draft.plannedOn(), draft.actualOn()));
            } else {
                plan.add(new MilestoneRules.Line(
                        KindName.of(each),
                        other == null ? null : other.getPlannedOn(),
                        other == null ? null : other.getActualOn()));
            }
        }
        List<FieldProblem> problems =
                new ArrayList<>(MilestoneRules.check(plan, index, lead.draft().getSignedOn(), today, note));
        List<EvidenceFiles.Prepared> prepared = storage.prepare(draft.files());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        boolean newlyReached = draft.actualOn() != null && (row == null || row.getActualOn() == null);
        if (row == null) {
            row = new ProjectMilestone(leadId, kind);
        }
        String item = kind.getCode() + ".";
        log.changed(leadId, Subject.MILESTONE, item + "plannedOn", row.getPlannedOn(), draft.plannedOn());
        log.changed(leadId, Subject.MILESTONE, item + "actualOn", row.getActualOn(), draft.actualOn());
        log.changed(leadId, Subject.MILESTONE, item + "note", row.getNote(), note);
        AppUser actor = users.getReferenceById(user.userId());
        Instant now = clock.instant();
        row.setPlannedOn(draft.plannedOn());
        row.confirm(draft.actualOn(), actor, now);
        row.setNote(note);
        row = milestones.saveAndFlush(row);
        for (int i = 0; i < prepared.size(); i++) {
            String fileName =
                    storage.attach(row, prepared.get(i), draft.files().get(i).fileName(), actor, now);
            log.record(leadId, Subject.EVIDENCE, Action.CREATE, item + "evidence", null, fileName);
        }
        LeadStage moved = newlyReached ? moveLead(lead, kind, draft.actualOn(), rows, draft) : null;
        List<PlanLine> lines = progress.refresh(leadId);
        PlanLine saved = lines.stream()
                .filter(line -> line.kindId() == kind.getId())
                .findFirst()
                .orElseThrow();
        return new MilestoneSaved(saved, moved);
    }

    /** Clears a milestone: its dates, note and evidence go (the files once the change has committed). */
    public void deleteMilestone(long leadId, long milestoneId, long version) {
        access.editableLead(leadId);
        ProjectMilestone row = milestones
                .findById(milestoneId)
                .filter(found -> found.getLeadId() == leadId)
                .orElseThrow(() -> new RecordNotFoundException("milestone", milestoneId));
        if (row.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ProjectMilestone.class, milestoneId);
        }
        String item = row.getKind().getCode() + ".";
        List<String> keys = new ArrayList<>();
        for (MilestoneEvidence file : evidence.findByMilestoneId(milestoneId)) {
            keys.addAll(EvidenceStorage.keysOf(file));
            log.record(leadId, Subject.EVIDENCE, Action.DELETE, item + "evidence", file.getFileName(), null);
            evidence.delete(file);
        }
        log.changed(leadId, Subject.MILESTONE, item + "plannedOn", row.getPlannedOn(), null);
        log.changed(leadId, Subject.MILESTONE, item + "actualOn", row.getActualOn(), null);
        log.changed(leadId, Subject.MILESTONE, item + "note", row.getNote(), null);
        milestones.delete(row);
        milestones.flush();
        storage.deleteAfterCommit(keys);
        progress.refresh(leadId);
    }

    /** Removes one evidence file (the stored files once the removal has committed). */
    public void deleteEvidence(long evidenceId, long version) {
        MilestoneEvidence file =
                evidence.findById(evidenceId).orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
        long leadId = file.getLeadId();
        access.editableLead(leadId);
        if (file.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(MilestoneEvidence.class, evidenceId);
        }
        log.record(
                leadId,
                Subject.EVIDENCE,
                Action.DELETE,
                file.getMilestone().getKind().getCode() + ".evidence",
                file.getFileName(),
                null);
        List<String> keys = EvidenceStorage.keysOf(file);
        evidence.delete(file);
        evidence.flush();
        storage.deleteAfterCommit(keys);
        progress.refresh(leadId);
    }

    /**
     * An evidence file (or its thumbnail) for the caller — checked against the lead's visibility on every request:
     * a file of a lead the caller cannot see, or of a project no longer signed, is not found.
     */
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long evidenceId, boolean thumbnail) {
        MilestoneEvidence file =
                evidence.findById(evidenceId).orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
        access.signedLead(file.getLeadId());
        boolean small = thumbnail && file.getThumbnailKey() != null;
        String key = small ? Objects.requireNonNull(file.getThumbnailKey()) : file.getStorageKey();
        String mediaType = small ? "image/jpeg" : EvidenceFiles.servedMediaType(file.getFileType());
        try {
            return new EvidenceFile(mediaType, EvidenceStorage.servedName(file), storage.open(key));
        } catch (java.nio.file.NoSuchFileException gone) {
            throw new RecordNotFoundException("evidence", evidenceId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's construction change log, newest first (at most 200 entries). */
    @Transactional(readOnly = true)
    public List<ConstructionChangeRow> changeLog(long leadId) {
        access.signedLead(leadId);
        return auditEntries.findTop200ByLeadIdOrderByOccurredAtDescIdDesc(leadId).stream()
                .map(entry -> new ConstructionChangeRow(
                        entry.getOccurredAt(),
                        entry.getActorName(),
                        entry.getSubject(),
                        entry.getAction(),
                        entry.getItem(),
                        entry.getOldValue(),
                        entry.getNewValue()))
                .toList();
    }

    /** The project's stored summary with its status as of today; empty while nothing was entered for it. */
    @Transactional(readOnly = true)
    public Optional<ProgressSummary> progress(long leadId) {
        leads.load(leadId);
        LocalDate today = LocalDate.now(clock);
        return progressRows
                .findByLeadId(leadId)
                .map(row -> new ProgressSummary(
                        leadId,
                        row.getNextKindId(),
                        row.getNextPlannedOn(),
                        row.getLatestKindId(),
                        row.getLatestActualOn(),
                        row.getStatus() == ProjectStatus.COMPLETED
                                ? row.getStatus()
                                : schedule.projectStatus(row.getEarliestOpenPlannedOn(), today),
                        row.getCompletedTotal(),
                        row.getPlannedTotal(),
                        row.getEvidenceCount(),
                        row.getUpdatedAt()));
    }

    /**
     * The stored summaries of a page of projects with their status as of today, keyed by lead id (projects without
     * a summary are left out). For lists over many projects such as {@code /projects}: one query on the unique
     * {@code lead_id} index; an officer's ids are narrowed to their unit's leads in the same query.
     */
    @Transactional(readOnly = true)
    public Map<Long, ProgressSummary> progressOfLeads(Collection<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return Map.of();
        }
        LeadVisibility.Scope scope = access.scope();
        if (scope.seesNothing()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, ProgressSummary> summaries = new java.util.HashMap<>();
        Set<Long> ids = Set.copyOf(leadIds);
        Long unit = scope.unitId();
        // an officer gets the summaries of their unit's projects only, whichever ids are asked for
        for (ProjectProgress row :
                unit == null ? progressRows.findByLeadIdIn(ids) : progressRows.findByLeadIdInOfUnit(ids, unit)) {
            summaries.put(row.getLeadId(), summary(row, today));
        }
        return summaries;
    }

    private ProgressSummary summary(ProjectProgress row, LocalDate today) {
        return new ProgressSummary(
                row.getLeadId(),
                row.getNextKindId(),
                row.getNextPlannedOn(),
                row.getLatestKindId(),
                row.getLatestActualOn(),
                row.getStatus() == ProjectStatus.COMPLETED
                        ? row.getStatus()
                        : schedule.projectStatus(row.getEarliestOpenPlannedOn(), today),
                row.getCompletedTotal(),
                row.getPlannedTotal(),
                row.getEvidenceCount(),
                row.getUpdatedAt());
    }

    private @Nullable LeadStage moveLead(
            LeadDetails lead,
            MilestoneKind kind,
            LocalDate actualOn,
            Map<Long, ProjectMilestone> rows,
            MilestoneDraft draft) {
        LeadStage target = kind.getLeadStage();
        LeadStage current = lead.stage();
        if (target == null || !current.isMainLine() || current.rank() >= target.rank()) {
            return null;
        }
        StageFacts facts = StageFacts.of(lead, kind, actualOn, draft.plannedOn(), rows.values());
        try {
            leads.changeStage(lead.id(), lead.version(), facts.request(target, kind, actualOn));
        } catch (ValidationException refused) {
            throw new StageMoveRefused(target, refused.problems());
        }
        return target;
    }
}

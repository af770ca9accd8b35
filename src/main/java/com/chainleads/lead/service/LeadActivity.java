package com.chainleads.lead.service;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadComment;
import com.chainleads.lead.domain.LeadCommentRepository;
import com.chainleads.lead.domain.LeadFollowUp;
import com.chainleads.lead.domain.LeadFollowUpRepository;
import com.chainleads.lead.domain.LeadHandoverRepository;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadStageChangeRepository;
import com.chainleads.lead.search.LeadIndexSync;
import com.chainleads.lead.summary.LeadSummaries;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity on one lead: its follow-ups (跟进记录), leaders' comments (批示), and the histories of its stages,
 * handovers and changes. Whoever sees a lead reads its activity; writing needs the permission for it
 * ({@link LeadAccess}). A follow-up moves the lead's last and next follow-up dates.
 */
@Service
@PermitAll
@Transactional
public class LeadActivity {

    private final LeadRepository leads;
    private final LeadFollowUpRepository followUps;
    private final LeadStageChangeRepository stageChanges;
    private final LeadHandoverRepository handovers;
    private final LeadCommentRepository comments;
    private final AppUserRepository users;
    private final LeadAudit audit;
    private final LeadAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EntityManager entityManager;
    private final LeadIndexSync indexSync;
    private final LeadSummaries summaries;

    LeadActivity(
            LeadRepository leads,
            LeadFollowUpRepository followUps,
            LeadStageChangeRepository stageChanges,
            LeadHandoverRepository handovers,
            LeadCommentRepository comments,
            AppUserRepository users,
            LeadAudit audit,
            LeadAccess access,
            CurrentUser currentUser,
            Clock clock,
            EntityManager entityManager,
            LeadIndexSync indexSync,
            LeadSummaries summaries) {
        this.leads = leads;
        this.followUps = followUps;
        this.stageChanges = stageChanges;
        this.handovers = handovers;
        this.comments = comments;
        this.users = users;
        this.audit = audit;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
        this.indexSync = indexSync;
        this.summaries = summaries;
    }

    @Transactional(readOnly = true)
    public List<FollowUpRow> followUps(long leadId) {
        access.visibleLead(leadId, currentUser.require());
        return followUps.findByLeadIdOrderByFollowUpOnDescIdDesc(leadId).stream()
                .map(LeadActivity::toRow)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<StageChangeRow> stageHistory(long leadId) {
        access.visibleLead(leadId, currentUser.require());
        return stageChanges.findByLeadIdOrderByChangedAtDescIdDesc(leadId).stream()
                .map(c -> new StageChangeRow(
                        c.getId(),
                        c.getFromStage(),
                        c.getToStage(),
                        c.getChangedBy().getDisplayName(),
                        c.getChangedAt(),
                        c.getComment()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<HandoverRow> handovers(long leadId) {
        access.visibleLead(leadId, currentUser.require());
        return handovers.findByLeadIdOrderByHandedOverAtDescIdDesc(leadId).stream()
                .map(h -> new HandoverRow(
                        h.getId(),
                        h.getFromOwner().getDisplayName(),
                        h.getFromUnit().getNameZh(),
                        h.getFromUnit().getNameEn(),
                        h.getToOwner().getDisplayName(),
                        h.getToUnit().getNameZh(),
                        h.getToUnit().getNameEn(),
                        h.getHandedOverBy().getDisplayName(),
                        h.getHandedOverAt(),
                        h.getReason()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CommentRow> comments(long leadId) {
        access.visibleLead(leadId, currentUser.require());
        return comments.findByLeadIdOrderByCreatedAtDescIdDesc(leadId).stream()
                .map(c -> new CommentRow(c.getId(), c.getAuthor().getDisplayName(), c.getCreatedAt(), c.getContent()))
                .toList();
    }

    /** The change log (变更记录) of the lead and its follow-ups and comments, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRow> changeLog(long leadId) {
        access.visibleLead(leadId, currentUser.require());
        return audit.rows(leadId);
    }

    // ---- follow-ups ----------------------------------------------------------------------------------------

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public FollowUpRow addFollowUp(long leadId, FollowUpDraft draft) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = access.followableLead(leadId, user);
        FollowUpRules.check(draft, LocalDate.now(clock));
        LeadFollowUp followUp = new LeadFollowUp(lead);
        apply(draft, followUp);
        followUps.saveAndFlush(followUp);
        refreshFollowUpDates(lead);
        audit.record(
                lead,
                AuditSubject.FOLLOW_UP,
                followUp.getId(),
                AuditAction.CREATE,
                LeadAudit.EMPTY,
                LeadAudit.snapshot(followUp),
                user,
                null);
        return toRow(followUp);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public FollowUpRow updateFollowUp(long followUpId, long version, FollowUpDraft draft) {
        AppUserPrincipal user = currentUser.require();
        LeadFollowUp followUp = followUpAt(followUpId);
        Lead lead = access.followableLead(followUp.getLead().getId(), user);
        checkVersion(followUp, version);
        FollowUpRules.check(draft, LocalDate.now(clock));
        LeadAudit.Snapshot before = LeadAudit.snapshot(followUp);
        apply(draft, followUp);
        followUps.saveAndFlush(followUp);
        refreshFollowUpDates(lead);
        audit.record(
                lead,
                AuditSubject.FOLLOW_UP,
                followUp.getId(),
                AuditAction.UPDATE,
                before,
                LeadAudit.snapshot(followUp),
                user,
                null);
        return toRow(followUp);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void deleteFollowUp(long followUpId, long version) {
        AppUserPrincipal user = currentUser.require();
        LeadFollowUp followUp = followUpAt(followUpId);
        Lead lead = access.followableLead(followUp.getLead().getId(), user);
        checkVersion(followUp, version);
        audit.record(
                lead,
                AuditSubject.FOLLOW_UP,
                followUp.getId(),
                AuditAction.DELETE,
                LeadAudit.snapshot(followUp),
                LeadAudit.EMPTY,
                user,
                null);
        followUps.delete(followUp);
        followUps.flush();
        refreshFollowUpDates(lead);
    }

    private LeadFollowUp followUpAt(long followUpId) {
        return followUps.findById(followUpId).orElseThrow(() -> new RecordNotFoundException("followUp", followUpId));
    }

    private static void checkVersion(LeadFollowUp followUp, long version) {
        if (followUp.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LeadFollowUp.class, followUp.getId());
        }
    }

    private static void apply(FollowUpDraft draft, LeadFollowUp followUp) {
        followUp.setFollowUpOn(draft.getFollowUpOn());
        followUp.setMethod(draft.getMethod());
        followUp.setPeopleMet(LeadMapping.blankToNull(draft.getPeopleMet()));
        followUp.setContent(draft.getContent().strip());
        followUp.setNextStep(LeadMapping.blankToNull(draft.getNextStep()));
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
        leads.updateFollowUpDates(
                lead.getId(),
                lastOn,
                latest.map(LeadFollowUp::getNextFollowUpOn).orElse(null),
                activityOn);
        summaries.activityMoved(lead, activityOn);
        entityManager.refresh(lead);
        indexSync.changedBehindHibernate(lead); // the index writes the reloaded dates at commit
    }

    private static FollowUpRow toRow(LeadFollowUp f) {
        AppUser author = f.getCreatedBy();
        return new FollowUpRow(
                f.getId(),
                f.getVersion(),
                f.getFollowUpOn(),
                f.getMethod(),
                f.getPeopleMet(),
                f.getContent(),
                f.getNextStep(),
                f.getNextFollowUpOn(),
                author == null ? "" : author.getDisplayName(),
                f.getCreatedAt());
    }

    // ---- comments ------------------------------------------------------------------------------------------

    /** A leader's comment (批示); officers of the unit read it on the lead's page. */
    public CommentRow addComment(long leadId, String content) {
        AppUserPrincipal user = currentUser.require();
        Lead lead = access.visibleLead(leadId, user, LeadPermission.COMMENT);
        String text = content == null ? "" : content.strip();
        if (text.isEmpty()) {
            throw new ValidationException(List.of(new FieldProblem("content", "lead.error.required")));
        }
        if (text.length() > FollowUpRules.MAX_CONTENT) {
            throw new ValidationException(
                    List.of(new FieldProblem("content", "lead.error.tooLong", FollowUpRules.MAX_CONTENT)));
        }
        LeadComment comment =
                comments.save(new LeadComment(lead, users.getReferenceById(user.userId()), clock.instant(), text));
        audit.record(
                lead,
                AuditSubject.COMMENT,
                comment.getId(),
                AuditAction.CREATE,
                LeadAudit.EMPTY,
                new LeadAudit.Snapshot(Map.of("content", new AuditChange("content", "text", null, text))),
                user,
                null);
        return new CommentRow(comment.getId(), user.displayName(), comment.getCreatedAt(), text);
    }
}

package com.chainleads.lead.service;

import com.chainleads.lead.domain.AuditAction;
import com.chainleads.lead.domain.AuditSubject;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadHandover;
import com.chainleads.lead.domain.LeadHandoverRepository;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.domain.LeadStageChange;
import com.chainleads.lead.domain.LeadStageChangeRepository;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The moves of a lead that are recorded alike wherever they come from — a handover, a change of stage — in the
 * lead's history and change log, by the signed-in user. The callers have checked who may make them.
 */
@Component
class LeadMoves {

    private final LeadRepository leads;
    private final LeadHandoverRepository handovers;
    private final LeadStageChangeRepository stageChanges;
    private final AppUserRepository users;
    private final LeadAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadMoves(
            LeadRepository leads,
            LeadHandoverRepository handovers,
            LeadStageChangeRepository stageChanges,
            AppUserRepository users,
            LeadAudit audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.leads = leads;
        this.handovers = handovers;
        this.stageChanges = stageChanges;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Hands the lead to {@code owner} in {@code unit}: history, change log and {@link LeadHandedOver}. */
    void handOver(Lead lead, AppUser owner, OrgUnit unit, AppUserPrincipal user, @Nullable String reason) {
        LeadAudit.Snapshot before = LeadAudit.snapshot(lead);
        AppUser from = lead.getOwner();
        handovers.save(new LeadHandover(
                lead,
                from,
                lead.getUnit(),
                owner,
                unit,
                users.getReferenceById(user.userId()),
                clock.instant(),
                reason));
        lead.handOverTo(owner, unit);
        leads.saveAndFlush(lead);
        audit.record(
                lead,
                AuditSubject.LEAD,
                lead.getId(),
                AuditAction.UPDATE,
                before,
                LeadAudit.snapshot(lead),
                user,
                reason);
        events.publishEvent(new LeadHandedOver(
                lead.getId(),
                lead.getLeadNo(),
                lead.getProjectName(),
                from.getId(),
                owner.getId(),
                unit.getId(),
                user.userId(),
                reason));
    }

    /**
     * Moves the lead, changed already by the caller from {@code before}, into {@code target}: stage history and
     * change log, with {@code comment}.
     */
    void enterStage(
            Lead lead, LeadAudit.Snapshot before, LeadStage target, AppUserPrincipal user, @Nullable String comment) {
        LeadStage from = lead.getStage();
        lead.enterStage(target, LocalDate.now(clock));
        leads.saveAndFlush(lead);
        stageChanges.save(new LeadStageChange(
                lead, from, target, users.getReferenceById(user.userId()), clock.instant(), comment));
        audit.record(
                lead,
                AuditSubject.LEAD,
                lead.getId(),
                AuditAction.UPDATE,
                before,
                LeadAudit.snapshot(lead),
                user,
                comment);
    }
}

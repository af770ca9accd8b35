package com.chainleads.lead.service;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.base.domain.ValidationException;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead register's port for the 撞单 rulings: carries out a settled 撞单 — two leads on one investor, of which
 * one goes on. It crosses unit lines, so it is not for views: only the claims and rulings use it (ArchitectureTest
 * holds that), and each entry says who may call it — a leader's ruling, or the officer whose claim the first-report
 * rule granted while filing it.
 *
 * <p>The kept lead may be handed over to the owner and unit of the duplicate; then the duplicate is closed as 终止
 * with the closing note as its reason (unless it is closed or at 达产 already). Both moves are recorded like any
 * handover and stage change (history, change log, {@link LeadHandedOver}), by the signed-in user.
 */
@Service
@Transactional
public class DuplicateSettlement {

    private static final int MAX_NOTE = 500;

    private final LeadAccess access;
    private final LeadReferences references;
    private final LeadMoves moves;
    private final CurrentUser currentUser;

    DuplicateSettlement(LeadAccess access, LeadReferences references, LeadMoves moves, CurrentUser currentUser) {
        this.access = access;
        this.references = references;
        this.moves = moves;
        this.currentUser = currentUser;
    }

    /**
     * A leader's (or administrator's) ruling on a claim: {@code duplicateId} is closed; when {@code handOverKept}
     * is set, {@code keptId} goes first to the owner and unit of {@code duplicateId}.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public void settleRuling(
            long duplicateId, long keptId, boolean handOverKept, String handoverNote, String closingNote) {
        settle(duplicateId, keptId, handOverKept, handoverNote, closingNote);
    }

    /**
     * A claim granted at filing, because the first report no longer protects its investor: the first lead
     * {@code keptId} goes to the claimant's owner and unit, and the claimant's lead {@code claimLeadId} is closed.
     * An officer may do this only for a claim of their own unit's lead.
     */
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    public void settleGrantedClaim(long claimLeadId, long keptId, String handoverNote, String closingNote) {
        access.visibleLead(claimLeadId, currentUser.require()); // an officer sees their own unit's leads only
        settle(claimLeadId, keptId, true, handoverNote, closingNote);
    }

    private void settle(long duplicateId, long keptId, boolean handOverKept, String handoverNote, String closingNote) {
        AppUserPrincipal user = currentUser.require();
        // both rows locked, always in the same order; the caller may have read them before
        Lead lower = access.lockedLead(Math.min(duplicateId, keptId));
        Lead upper = access.lockedLead(Math.max(duplicateId, keptId));
        Lead duplicate = duplicateId < keptId ? lower : upper;
        Lead kept = duplicateId < keptId ? upper : lower;
        if (handOverKept && !duplicate.getOwner().getId().equals(kept.getOwner().getId())) {
            List<FieldProblem> problems = new ArrayList<>();
            AppUser owner = references.ownerInUnit(
                    duplicate.getOwner().getId(), duplicate.getUnit().getId(), problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            moves.handOver(kept, Objects.requireNonNull(owner), duplicate.getUnit(), user, limit(handoverNote));
        }
        LeadStage from = duplicate.getStage();
        if (from == LeadStage.LOST || from == LeadStage.FULL_CAPACITY) {
            return;
        }
        String note = limit(closingNote);
        LeadAudit.Snapshot before = LeadAudit.snapshot(duplicate);
        duplicate.setLostReason(note);
        moves.enterStage(duplicate, before, LeadStage.LOST, user, note);
    }

    private static String limit(String note) {
        String text = note.strip();
        return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE - 1) + "…";
    }
}

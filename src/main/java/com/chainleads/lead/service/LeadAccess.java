package com.chainleads.lead.service;

import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadCriteria;
import com.chainleads.lead.domain.LeadRepository;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a lead, and the loading of a lead for a change: officers see and edit their own
 * unit's leads, leaders see all and comment, administrators see and edit all. A lead out of the caller's reach
 * answers as not found; a permission the caller lacks as access denied. Used by every lead service and by the
 * queries, so the rules are written once.
 */
@Component
class LeadAccess {

    private final LeadRepository leads;
    private final EntityManager entityManager;
    private final LeadWriteOrder writeOrder;

    LeadAccess(LeadRepository leads, EntityManager entityManager, LeadWriteOrder writeOrder) {
        this.leads = leads;
        this.entityManager = entityManager;
        this.writeOrder = writeOrder;
    }

    static boolean canSee(Lead lead, AppUserPrincipal user) {
        return seesAll(user)
                || (user.role() == Role.OFFICER && Objects.equals(lead.getUnit().getId(), user.unitId()));
    }

    /**
     * Leaders and administrators see every lead. Officers see their unit's; other roles (the 科技科 keeping the
     * enterprise library) see none: the register is the investment-promotion staff's.
     */
    static boolean seesAll(AppUserPrincipal user) {
        return user.role() == Role.LEADER || user.role() == Role.ADMIN;
    }

    /** The unit whose leads the caller sees, {@code null} for all, {@link LeadCriteria#NO_MATCH} for none. */
    static @Nullable Long visibleUnit(AppUserPrincipal user) {
        if (seesAll(user)) {
            return null;
        }
        return user.role() == Role.OFFICER && user.unitId() != null ? user.unitId() : LeadCriteria.NO_MATCH;
    }

    /** The permissions {@code user} holds on {@code lead}. */
    static LeadPermissions permissions(Lead lead, AppUserPrincipal user) {
        boolean ownUnit =
                user.role() == Role.OFFICER && Objects.equals(lead.getUnit().getId(), user.unitId());
        boolean admin = user.role() == Role.ADMIN;
        boolean leader = user.role() == Role.LEADER;
        Set<LeadPermission> granted = EnumSet.noneOf(LeadPermission.class);
        if (ownUnit || admin) {
            granted.addAll(EnumSet.of(
                    LeadPermission.EDIT,
                    LeadPermission.CHANGE_STAGE,
                    LeadPermission.FOLLOW_UP,
                    LeadPermission.HAND_OVER));
        }
        if (leader || admin) {
            granted.add(LeadPermission.COMMENT);
        }
        if (leader) {
            granted.add(LeadPermission.HAND_OVER);
        }
        boolean ownFreshReport = ownUnit
                && lead.getStage() == LeadStage.REGISTERED
                && lead.getFirstReporter().getId() == user.userId();
        if (admin || ownFreshReport) {
            granted.add(LeadPermission.DELETE);
        }
        return new LeadPermissions(granted);
    }

    /** Whether the caller may create (and import) leads at all: officers and administrators. */
    static boolean canCreate(AppUserPrincipal user) {
        return user.role() == Role.OFFICER || user.role() == Role.ADMIN;
    }

    Lead visibleLead(long id, AppUserPrincipal user) {
        Lead lead = leads.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("lead", id));
        if (!canSee(lead, user)) {
            throw new RecordNotFoundException("lead", id);
        }
        return lead;
    }

    /** The visible lead, refused unless the caller holds {@code permission} on it. */
    Lead visibleLead(long id, AppUserPrincipal user, LeadPermission permission) {
        Lead lead = visibleLead(id, user);
        require(lead, user, permission);
        return lead;
    }

    /** The lead to edit, locked (see {@link #lockedLead(long, AppUserPrincipal)}) and at {@code version}. */
    Lead editableLead(long id, long version, AppUserPrincipal user) {
        return lockedLead(id, version, user, LeadPermission.EDIT);
    }

    /** The lead to change, locked, refused unless the caller holds {@code permission} and it is at {@code version}. */
    Lead lockedLead(long id, long version, AppUserPrincipal user, LeadPermission permission) {
        Lead lead = lockedLead(id, user);
        require(lead, user, permission);
        checkVersion(lead, version);
        return lead;
    }

    /**
     * The lead to change, its row locked until the transaction ends (as a follow-up locks it, {@link
     * #followableLead}) and its values read again with the lock: what this transaction changes from is what the
     * database holds — including the day of last activity, which follow-ups move without a new version — so the
     * summaries move from the right values.
     */
    Lead lockedLead(long id, AppUserPrincipal user) {
        Lead lead = lockedLead(id);
        if (!canSee(lead, user)) {
            throw new RecordNotFoundException("lead", id);
        }
        return lead;
    }

    /** As {@link #lockedLead(long, AppUserPrincipal)}, whoever's it is: for a caller that decided access already. */
    Lead lockedLead(long id) {
        writeOrder.hold(id);
        Lead lead = leads.findWithDetailsById(id).orElseThrow(() -> new RecordNotFoundException("lead", id));
        try {
            entityManager.refresh(lead, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException deletedMeanwhile) {
            throw new RecordNotFoundException("lead", id);
        }
        return lead;
    }

    /**
     * Follow-ups of one lead are written one at a time (the lead's row is locked first, and they run in
     * READ_COMMITTED): the lead's follow-up dates then always follow its latest entry, and two follow-ups at the
     * same moment do not deadlock on the lead's row.
     */
    Lead followableLead(long id, AppUserPrincipal user) {
        writeOrder.hold(id);
        leads.lockById(id);
        return visibleLead(id, user, LeadPermission.FOLLOW_UP);
    }

    private static void require(Lead lead, AppUserPrincipal user, LeadPermission permission) {
        if (!permissions(lead, user).allows(permission)) {
            throw new AccessDeniedException(
                    "May not " + permission.name().toLowerCase(java.util.Locale.ROOT) + " lead " + lead.getId());
        }
    }

    static void checkVersion(Lead lead, long version) {
        if (lead.getVersion() != version) {
            AppUser by = lead.getUpdatedBy();
            throw new LeadConflictException(lead.getId(), by == null ? "?" : by.getDisplayName(), lead.getUpdatedAt());
        }
    }
}

package com.chainleads.lead.service;

import com.chainleads.base.domain.FieldProblem;
import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.Sector;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.Role;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The records a lead draft names by id — sector, chain link, leader, owner — looked up and checked, each refusal
 * added to the caller's problems under the field that names the record.
 */
@Component
class LeadReferences {

    /** The sector, link and leader a draft names, when they exist and fit. */
    record Resolved(
            @Nullable Sector sector,
            @Nullable ChainLink chainLink,
            @Nullable AppUser leader) {}

    private final SectorRepository sectors;
    private final ChainLinkRepository chainLinks;
    private final AppUserRepository users;

    LeadReferences(SectorRepository sectors, ChainLinkRepository chainLinks, AppUserRepository users) {
        this.sectors = sectors;
        this.chainLinks = chainLinks;
        this.users = users;
    }

    Resolved resolve(LeadDraft draft, List<FieldProblem> problems) {
        Sector sector = draft.getSectorId() == null
                ? null
                : sectors.findById(draft.getSectorId()).orElse(null);
        if (draft.getSectorId() != null && sector == null) {
            problems.add(new FieldProblem("sectorId", "lead.error.unknown"));
        }
        ChainLink link = draft.getChainLinkId() == null
                ? null
                : chainLinks.findById(draft.getChainLinkId()).orElse(null);
        if (draft.getChainLinkId() != null
                && (link == null || sector == null || !link.getSector().getId().equals(sector.getId()))) {
            problems.add(new FieldProblem("chainLinkId", "lead.error.linkNotInSector"));
        }
        AppUser leader = draft.getLeaderId() == null
                ? null
                : users.findById(draft.getLeaderId()).orElse(null);
        if (draft.getLeaderId() != null && (leader == null || leader.getRole() != Role.LEADER)) {
            problems.add(new FieldProblem("leaderId", "lead.error.notALeader"));
        }
        return new Resolved(sector, link, leader);
    }

    /** The enabled officer of the unit who is to own a lead, or {@code null} with a problem on {@code ownerId}. */
    @Nullable
    AppUser ownerInUnit(long ownerId, long unitId, List<FieldProblem> problems) {
        AppUser owner = users.findById(ownerId).orElse(null);
        if (owner == null
                || !owner.isEnabled()
                || owner.getRole() != Role.OFFICER
                || owner.getUnit() == null
                || owner.getUnit().getId() != unitId) {
            problems.add(new FieldProblem("ownerId", "lead.error.ownerNotInUnit"));
            return null;
        }
        return owner;
    }
}

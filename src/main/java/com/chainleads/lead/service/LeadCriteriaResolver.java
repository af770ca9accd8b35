package com.chainleads.lead.service;

import com.chainleads.chain.domain.ChainLink;
import com.chainleads.chain.domain.ChainLinkRepository;
import com.chainleads.chain.domain.Sector;
import com.chainleads.chain.domain.SectorRepository;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadCriteria;
import com.chainleads.security.AppUserPrincipal;
import com.chainleads.security.CurrentUser;
import com.chainleads.security.domain.AppUser;
import com.chainleads.security.domain.AppUserRepository;
import com.chainleads.security.domain.OrgUnit;
import com.chainleads.security.domain.OrgUnitRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link LeadFilter} of codes into {@link LeadCriteria} of ids and, with the caller's visibility, into
 * one specification: what the query side and the figures both start from.
 */
@Component
class LeadCriteriaResolver {

    private final SectorRepository sectors;
    private final ChainLinkRepository chainLinks;
    private final OrgUnitRepository units;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    LeadCriteriaResolver(SectorRepository sectors, ChainLinkRepository chainLinks, OrgUnitRepository units,
            AppUserRepository users, CurrentUser currentUser, Clock clock) {
        this.sectors = sectors;
        this.chainLinks = chainLinks;
        this.units = units;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's visibility and the filter as one specification. */
    Specification<Lead> specification(LeadFilter filter) {
        return visibleToCaller().and(LeadSpecifications.matching(resolve(filter)));
    }

    Specification<Lead> visibleToCaller() {
        AppUserPrincipal user = currentUser.require();
        return LeadSpecifications.visibleTo(user);
    }

    LeadCriteria resolve(LeadFilter filter) {
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
                filter.nextFollowUpFrom(), filter.nextFollowUpTo(), filter.channels(), filter.regions(),
                filter.projectTypes(), filter.signedFrom(), filter.signedTo(), filter.landedFrom(), filter.landedTo(),
                filter.activityFrom(), filter.activityTo(), filter.reachedStage());
    }
}

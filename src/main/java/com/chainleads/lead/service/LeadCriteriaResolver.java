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
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
    /**
     * Codes and usernames never change once given, so their ids are kept a while: a list's filter then needs no
     * query of the reference tables. A code not (yet) known is asked again after a few seconds.
     */
    private final Cache<List<String>, Long> ids = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    private final Cache<List<String>, Long> unknown = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(10))
            .build();

    LeadCriteriaResolver(
            SectorRepository sectors,
            ChainLinkRepository chainLinks,
            OrgUnitRepository units,
            AppUserRepository users,
            CurrentUser currentUser,
            Clock clock) {
        this.sectors = sectors;
        this.chainLinks = chainLinks;
        this.units = units;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private long id(String kind, String code, Supplier<Optional<Long>> lookup) {
        List<String> key = List.of(kind, code);
        Long known = ids.getIfPresent(key);
        if (known != null || unknown.getIfPresent(key) != null) {
            return known != null ? known : LeadCriteria.NO_MATCH;
        }
        Optional<Long> found = lookup.get();
        found.ifPresentOrElse(id -> ids.put(key, id), () -> unknown.put(key, LeadCriteria.NO_MATCH));
        return found.orElse(LeadCriteria.NO_MATCH);
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
            sectorIds.add(id("sector", code, () -> sectors.findByCode(code).map(Sector::getId)));
        }
        String link = filter.chainLink();
        Long linkId = link == null
                ? null
                : id("link", link, () -> chainLinks.findByCode(link).map(ChainLink::getId));
        String unit = filter.unit();
        Long unitId = unit == null
                ? null
                : id("unit", unit, () -> units.findByCode(unit).map(OrgUnit::getId));
        String owner = filter.owner();
        Long ownerId = owner == null
                ? null
                : id(
                        "owner",
                        owner.toLowerCase(java.util.Locale.ROOT),
                        () -> users.findByUsernameIgnoreCase(owner).map(AppUser::getId));
        ZoneId zone = clock.getZone();
        return new LeadCriteria(
                filter.text(),
                sectorIds,
                linkId,
                filter.stages(),
                unitId,
                ownerId,
                filter.minInvestment(),
                filter.maxInvestment(),
                filter.qualifications(),
                filter.hotIndustry(),
                filter.reportedFrom() == null
                        ? null
                        : filter.reportedFrom().atStartOfDay(zone).toInstant(),
                filter.reportedTo() == null
                        ? null
                        : filter.reportedTo().plusDays(1).atStartOfDay(zone).toInstant(),
                filter.nextFollowUpFrom(),
                filter.nextFollowUpTo(),
                filter.channels(),
                filter.regions(),
                filter.projectTypes(),
                filter.signedFrom(),
                filter.signedTo(),
                filter.landedFrom(),
                filter.landedTo(),
                filter.activityFrom(),
                filter.activityTo(),
                filter.reachedStage());
    }
}

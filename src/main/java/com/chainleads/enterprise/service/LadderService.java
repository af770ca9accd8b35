package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.domain.EnterpriseName;
import com.chainleads.enterprise.domain.HoldingLine;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.enterprise.summary.LadderStandings;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cultivation ladder on the day of the injected {@link Clock}, read from its read model ({@link
 * LadderStandings}: the counts per sector and the firms that moved), never by counting the tier table. "This year"
 * runs from 1 January to today; R&D coverage reads last year's figures, the latest complete year. Reads run without
 * a transaction of their own, so a roll-over to today done by the first look is seen by that look.
 */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class LadderService {

    /** How far ahead certificates count as expiring. */
    public static final int EXPIRY_MONTHS = LadderStandings.DUE_MONTHS;
    /** The longest list of movers shown. */
    static final int MOVERS_LIMIT = 500;

    private final TierHoldingRepository tiers;
    private final EnterpriseLibraryRepository enterprises;
    private final LadderStandings standings;
    private final Clock clock;

    LadderService(
            TierHoldingRepository tiers,
            EnterpriseLibraryRepository enterprises,
            LadderStandings standings,
            Clock clock) {
        this.tiers = tiers;
        this.enterprises = enterprises;
        this.standings = standings;
        this.clock = clock;
    }

    /** The ladder of one sector, or of the district: a few dozen rows of the read model, whatever the library's size. */
    public Ladder ladder(@Nullable Long sectorId) {
        LocalDate today = LocalDate.now(clock);
        standings.ensureFor(today);
        Map<String, Long> counts = standings.counts(sectorId);
        List<Ladder.Step> steps = Arrays.stream(CultivationTier.values())
                .map(tier -> new Ladder.Step(
                        tier,
                        counts.getOrDefault(LadderStandings.holdersMeasure(tier), 0L),
                        counts.getOrDefault(LadderStandings.gainedMeasure(tier), 0L),
                        counts.getOrDefault(LadderStandings.lapsedMeasure(tier), 0L)))
                .toList();
        Ladder.Coverage coverage = new Ladder.Coverage(
                today.getYear() - 1,
                counts.getOrDefault(LadderStandings.ABOVE_SCALE, 0L),
                counts.getOrDefault(LadderStandings.WITH_RD, 0L));
        return new Ladder(today, sectorId, steps, coverage, counts.getOrDefault(LadderStandings.PLATFORMS, 0L));
    }

    /** Who gained a tier this year (held today, not on 31 December), highest tier first. */
    public List<HoldingLine> climbed(@Nullable Long sectorId) {
        return movers(true, sectorId);
    }

    /** Who lost a tier this year (held on 31 December, not today), highest tier first. */
    public List<HoldingLine> lapsed(@Nullable Long sectorId) {
        return movers(false, sectorId);
    }

    private List<HoldingLine> movers(boolean gained, @Nullable Long sectorId) {
        LocalDate today = LocalDate.now(clock);
        standings.ensureFor(today);
        List<LadderStandings.Holding> holdings = standings.movers(gained, sectorId, today, MOVERS_LIMIT);
        Map<Long, String> names = enterprises
                .namesOf(holdings.stream()
                        .map(LadderStandings.Holding::enterpriseId)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(EnterpriseName::id, EnterpriseName::name));
        return highestFirst(holdings.stream()
                        .map(h -> new HoldingLine(
                                h.enterpriseId(),
                                names.getOrDefault(h.enterpriseId(), ""),
                                h.tier(),
                                h.grantedOn(),
                                h.validUntil()))
                        .toList())
                .stream()
                .limit(MOVERS_LIMIT)
                .toList();
    }

    /** The database orders tiers by their codes' letters; the ladder by rung. */
    private static List<HoldingLine> highestFirst(List<HoldingLine> lines) {
        return lines.stream()
                .sorted(Comparator.comparing(HoldingLine::tier).reversed().thenComparing(HoldingLine::enterpriseName))
                .toList();
    }

    /** Certificates running out within {@value #EXPIRY_MONTHS} months and not yet renewed, soonest first. */
    public Page<HoldingLine> expiring(@Nullable Long sectorId, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        standings.ensureFor(today);
        long due = standings.counts(sectorId).getOrDefault(LadderStandings.DUE, 0L);
        return new PageImpl<>(
                tiers.expiring(today, today.plusMonths(EXPIRY_MONTHS), sectorId, pageable), pageable, due);
    }
}

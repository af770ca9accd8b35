package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.EnterpriseLibraryRepository;
import com.chainleads.enterprise.domain.HoldingLine;
import com.chainleads.enterprise.domain.InnovationPlatformRepository;
import com.chainleads.enterprise.domain.TierCount;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.enterprise.domain.YearlyIndicatorsRepository;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cultivation ladder from the tiers' dates, on the day of the injected {@link Clock}: a handful of grouped
 * queries whatever the number of enterprises (see {@link TierHoldingRepository}), never a row per enterprise.
 * "This year" runs from 1 January to today; R&D coverage reads last year's figures, the latest complete year.
 */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Transactional(readOnly = true)
public class LadderService {

    /** How far ahead certificates count as expiring. */
    public static final int EXPIRY_MONTHS = 6;
    /** The longest list of movers shown. */
    static final int MOVERS_LIMIT = 500;

    private final TierHoldingRepository tiers;
    private final EnterpriseLibraryRepository enterprises;
    private final YearlyIndicatorsRepository indicators;
    private final InnovationPlatformRepository platforms;
    private final Clock clock;

    LadderService(
            TierHoldingRepository tiers,
            EnterpriseLibraryRepository enterprises,
            YearlyIndicatorsRepository indicators,
            InnovationPlatformRepository platforms,
            Clock clock) {
        this.tiers = tiers;
        this.enterprises = enterprises;
        this.indicators = indicators;
        this.platforms = platforms;
        this.clock = clock;
    }

    public Ladder ladder(@Nullable Long sectorId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastYearEnd = today.withDayOfYear(1).minusDays(1);
        Map<CultivationTier, Long> holders = byTier(tiers.countHolders(today, sectorId));
        Map<CultivationTier, Long> gained = byTier(tiers.countHeldOnlyOn(today, lastYearEnd, sectorId));
        Map<CultivationTier, Long> lapsed = byTier(tiers.countHeldOnlyOn(lastYearEnd, today, sectorId));
        List<Ladder.Step> steps = Arrays.stream(CultivationTier.values())
                .map(tier -> new Ladder.Step(
                        tier,
                        holders.getOrDefault(tier, 0L),
                        gained.getOrDefault(tier, 0L),
                        lapsed.getOrDefault(tier, 0L)))
                .toList();
        int year = today.getYear() - 1;
        Ladder.Coverage coverage = new Ladder.Coverage(
                year, enterprises.countAboveScale(sectorId), indicators.countAboveScaleWithRd(year, sectorId));
        return new Ladder(today, sectorId, steps, coverage, platforms.countInSector(sectorId));
    }

    /** Who gained a tier this year (held today, not on 31 December), highest tier first. */
    public List<HoldingLine> climbed(@Nullable Long sectorId) {
        LocalDate today = LocalDate.now(clock);
        return highestFirst(tiers.heldOnlyOn(
                today, today.withDayOfYear(1).minusDays(1), sectorId, PageRequest.of(0, MOVERS_LIMIT)));
    }

    /** Who lost a tier this year (held on 31 December, not today), highest tier first. */
    public List<HoldingLine> lapsed(@Nullable Long sectorId) {
        LocalDate today = LocalDate.now(clock);
        return highestFirst(tiers.heldOnlyOn(
                today.withDayOfYear(1).minusDays(1), today, sectorId, PageRequest.of(0, MOVERS_LIMIT)));
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
        return tiers.expiring(today, today.plusMonths(EXPIRY_MONTHS), sectorId, pageable);
    }

    private static Map<CultivationTier, Long> byTier(List<TierCount> counts) {
        return counts.stream().collect(Collectors.toMap(TierCount::tier, TierCount::enterprises, Long::sum));
    }
}

package com.chainleads.enterprise.cultivation.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.Cultivation;
import com.chainleads.enterprise.cultivation.domain.CultivationCriterion;
import com.chainleads.enterprise.cultivation.domain.CultivationCriterionRepository;
import com.chainleads.enterprise.cultivation.domain.EnterpriseSector;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStanding;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStandingRepository;
import com.chainleads.enterprise.cultivation.domain.FirmFacts;
import com.chainleads.enterprise.cultivation.domain.InnovationIndicator;
import com.chainleads.enterprise.cultivation.domain.InnovationIndicatorRepository;
import com.chainleads.enterprise.cultivation.domain.PlatformCount;
import com.chainleads.enterprise.cultivation.domain.PointsModel;
import com.chainleads.enterprise.domain.EnterpriseTier;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.TierHoldingRepository;
import com.chainleads.enterprise.domain.YearlyIndicators;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code enterprise_standing} in step: one firm's row in the transaction that changed its figures, tiers or
 * platforms ({@link #refresh}), every row in batches of {@value #BATCH} when the model or the criteria change
 * ({@link #rebuild}) and every night as tiers lapse ({@link #nightly}), and at start when the rows and the firms do not match ({@link #checkAndRepair}). Not a service
 * a view calls: the library's and the settings' services call it inside their own access-checked transactions.
 */
@Component
public class Standings {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(Standings.class);

    private final EnterpriseStandingRepository standings;
    private final CultivationCriterionRepository criteria;
    private final InnovationIndicatorRepository indicators;
    private final TierHoldingRepository tiers;
    private final EntityManager entityManager;
    private final Clock clock;

    Standings(
            EnterpriseStandingRepository standings,
            CultivationCriterionRepository criteria,
            InnovationIndicatorRepository indicators,
            TierHoldingRepository tiers,
            EntityManager entityManager,
            Clock clock) {
        this.standings = standings;
        this.criteria = criteria;
        this.indicators = indicators;
        this.tiers = tiers;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Recomputes one firm's standing (its figures, tiers, platforms or sector changed). */
    @Transactional
    public void refresh(long enterpriseId) {
        write(List.of(enterpriseId), rules(), model());
    }

    /** Recomputes every firm's standing in batches; returns how many rows changed. */
    @Transactional
    public int rebuild() {
        List<CultivationCriterion.Rule> rules = rules();
        List<PointsModel.Scoring> model = model();
        int changed = 0;
        long after = 0;
        while (true) {
            List<Long> ids = standings.enterpriseIdsAfter(after, PageRequest.of(0, BATCH));
            if (ids.isEmpty()) {
                break;
            }
            changed += write(ids, rules, model);
            after = ids.get(ids.size() - 1);
            // each batch leaves the persistence context, so 50,000 firms never sit in memory at once
            entityManager.flush();
            entityManager.clear();
        }
        log.info("Enterprise standings rebuilt: {} changed", changed);
        return changed;
    }

    /**
     * Every night: tiers lapse and certificates start by the calendar alone, so the next tier and the points that
     * depend on the tiers held today are brought up to date once a day.
     */
    @Scheduled(
            cron = "${chainleads.standings.rebuild-cron:0 30 2 * * *}",
            zone = "${chainleads.time-zone:Asia/Shanghai}")
    @Transactional
    public void nightly() {
        rebuild();
    }

    /**
     * Every minute: firms written to the enterprise table without the library (SQL, scripts) get their standing. One
     * anti-join on the primary keys.
     */
    @Scheduled(
            cron = "${chainleads.standings.catch-up-cron:0 * * * * *}",
            zone = "${chainleads.time-zone:Asia/Shanghai}")
    @Transactional
    public int catchUp() {
        List<Long> ids = standings.outOfStep(PageRequest.of(0, BATCH));
        if (ids.isEmpty()) {
            return 0;
        }
        log.info("{} enterprises changed outside the library: refreshing their standings", ids.size());
        return write(ids, rules(), model());
    }

    /** At start: rebuilds when a firm has no standing row (or a row outlived its firm, which the cascade forbids). */
    @Transactional
    public void checkAndRepair() {
        long firms = standings.countEnterprises();
        long rows = standings.count();
        if (firms != rows) {
            log.warn("{} enterprise standings for {} enterprises: rebuilding", rows, firms);
            rebuild();
        }
    }

    /** The facts the criteria and the points look at, for one firm (its page shows the breakdown). */
    @Transactional(readOnly = true)
    public FirmFacts factsOf(long enterpriseId) {
        return facts(List.of(enterpriseId)).getOrDefault(enterpriseId, FirmFacts.none());
    }

    List<CultivationCriterion.Rule> rules() {
        return criteria.findAllByOrderByIdAsc().stream()
                .map(CultivationCriterion::rule)
                .toList();
    }

    List<PointsModel.Scoring> model() {
        return indicators.findAllByOrderByIdAsc().stream()
                .map(InnovationIndicator::scoring)
                .toList();
    }

    private int write(List<Long> ids, List<CultivationCriterion.Rule> rules, List<PointsModel.Scoring> model) {
        Map<Long, FirmFacts> facts = facts(ids);
        Map<Long, EnterpriseStanding> existing = standings.findAllById(ids).stream()
                .collect(Collectors.toMap(EnterpriseStanding::getEnterpriseId, s -> s));
        Map<Long, Long> sectors = new HashMap<>();
        for (EnterpriseSector row : standings.sectorsOf(ids)) {
            sectors.put(row.enterpriseId(), row.sectorId());
        }
        List<EnterpriseStanding> toSave = new ArrayList<>();
        for (Long id : ids) {
            FirmFacts firm = facts.getOrDefault(id, FirmFacts.none());
            EnterpriseStanding standing = existing.get(id);
            boolean fresh = standing == null;
            if (fresh) {
                standing = new EnterpriseStanding(id);
            }
            boolean changed =
                    standing.update(sectors.get(id), Cultivation.standing(firm, rules, model), firm.rdExpenseWan());
            if (fresh || changed) {
                toSave.add(standing);
            }
        }
        standings.saveAll(toSave);
        return toSave.size();
    }

    private Map<Long, FirmFacts> facts(List<Long> ids) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<YearlyIndicators>> years = standings.latestFiguresOf(ids).stream()
                .collect(Collectors.groupingBy(y -> y.getEnterprise().getId()));
        Map<Long, Map<PlatformLevel, Long>> platforms = new HashMap<>();
        for (PlatformCount count : standings.platformsOf(ids)) {
            platforms
                    .computeIfAbsent(count.enterpriseId(), k -> new HashMap<>())
                    .put(count.level(), count.platforms());
        }
        Map<Long, Set<CultivationTier>> held = new HashMap<>();
        for (EnterpriseTier tier : tiers.heldBy(ids, today)) {
            held.computeIfAbsent(tier.enterpriseId(), k -> EnumSet.noneOf(CultivationTier.class))
                    .add(tier.tier());
        }
        Map<Long, FirmFacts> result = new HashMap<>();
        for (Long id : ids) {
            result.put(
                    id,
                    facts(
                            years.getOrDefault(id, List.of()),
                            platforms.getOrDefault(id, Map.of()),
                            held.getOrDefault(id, Set.of())));
        }
        return result;
    }

    static FirmFacts facts(
            List<YearlyIndicators> years, Map<PlatformLevel, Long> platforms, Set<CultivationTier> held) {
        List<YearlyIndicators> latestFirst = years.stream()
                .sorted(Comparator.comparingInt(YearlyIndicators::getYear).reversed())
                .toList();
        YearlyIndicators latest = latestFirst.isEmpty() ? null : latestFirst.get(0);
        YearlyIndicators previous = latestFirst.stream()
                .filter(y -> latest != null && y.getYear() == latest.getYear() - 1)
                .findFirst()
                .orElse(null);
        return new FirmFacts(
                latest == null ? null : latest.getYear(),
                latest == null ? null : latest.getRevenueWan(),
                previous == null ? null : previous.getRevenueWan(),
                latest == null ? null : latest.getTaxWan(),
                latest == null ? null : latest.getRdExpenseWan(),
                latest == null ? null : latest.getRdStaff(),
                latest == null ? null : latest.getStaff(),
                latest == null ? 0 : Objects.requireNonNullElse(latest.getInventionPatents(), 0),
                latest == null ? 0 : Objects.requireNonNullElse(latest.getUtilityPatents(), 0),
                latest == null ? 0 : Objects.requireNonNullElse(latest.getDesignPatents(), 0),
                latest == null ? 0 : Objects.requireNonNullElse(latest.getSoftwareCopyrights(), 0),
                platforms.getOrDefault(PlatformLevel.NATIONAL, 0L).intValue(),
                platforms.getOrDefault(PlatformLevel.PROVINCIAL, 0L).intValue(),
                platforms.getOrDefault(PlatformLevel.CITY, 0L).intValue(),
                held.isEmpty() ? Set.of() : EnumSet.copyOf(held));
    }
}

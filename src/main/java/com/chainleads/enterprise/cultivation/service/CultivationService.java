package com.chainleads.enterprise.cultivation.service;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.CultivationCriterion;
import com.chainleads.enterprise.cultivation.domain.CultivationCriterionRepository;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStanding;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStandingRepository;
import com.chainleads.enterprise.cultivation.domain.FirmFacts;
import com.chainleads.enterprise.cultivation.domain.InnovationIndicator;
import com.chainleads.enterprise.cultivation.domain.InnovationIndicatorRepository;
import com.chainleads.enterprise.cultivation.domain.PointsModel;
import com.chainleads.enterprise.cultivation.domain.RewardPolicy;
import com.chainleads.enterprise.cultivation.domain.RewardPolicyRepository;
import com.chainleads.enterprise.cultivation.domain.StandingRow;
import com.chainleads.enterprise.cultivation.domain.TierCriteria;
import com.chainleads.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Next-tier candidates (培育清单), innovation points (创新积分) and reward policies (奖励政策): everyone at the bureau
 * reads them from the stored standings; administrators and the 科技科 adjust the criteria, the points model and the
 * policies — a change of criteria or model recomputes every standing in the same transaction.
 */
@Service
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
@Transactional(readOnly = true)
public class CultivationService {

    static final BigDecimal MAX_VALUE = new BigDecimal("9999999");
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("100");
    public static final int MAX_NAME = 100;
    public static final int MAX_AWARD = 200;

    private final EnterpriseStandingRepository standingRows;
    private final CultivationCriterionRepository criteria;
    private final InnovationIndicatorRepository indicators;
    private final RewardPolicyRepository policies;
    private final Standings standings;
    private final Clock clock;

    CultivationService(
            EnterpriseStandingRepository standingRows,
            CultivationCriterionRepository criteria,
            InnovationIndicatorRepository indicators,
            RewardPolicyRepository policies,
            Standings standings,
            Clock clock) {
        this.standingRows = standingRows;
        this.criteria = criteria;
        this.indicators = indicators;
        this.policies = policies;
        this.standings = standings;
        this.clock = clock;
    }

    /** One firm's next tier with each criterion met or missing, and its points, breakdown and ranks. */
    public FirmCultivation firm(long enterpriseId) {
        FirmFacts facts = standings.factsOf(enterpriseId);
        CultivationTier next = facts.nextTier();
        List<TierCriteria.Result> results =
                next == null ? List.of() : TierCriteria.check(next, standings.rules(), facts);
        PointsModel.Breakdown breakdown = PointsModel.score(standings.model(), facts);
        Optional<EnterpriseStanding> stored = standingRows.findById(enterpriseId);
        Long sectorId = stored.map(EnterpriseStanding::getSectorId).orElse(null);
        BigDecimal points = stored.map(EnterpriseStanding::getPoints).orElse(breakdown.total());
        return new FirmCultivation(
                facts.year(),
                next,
                results,
                breakdown,
                standingRows.countAbove(points, null) + 1,
                standingRows.countRanked(null),
                sectorId == null ? 0 : standingRows.countAbove(points, sectorId) + 1,
                sectorId == null ? 0 : standingRows.countRanked(sectorId));
    }

    /** The 培育清单: firms closest to their next tier first (fewest criteria missing, then the smallest gap). */
    public List<StandingRow> candidates(@Nullable Long sectorId, @Nullable CultivationTier tier, Pageable pageable) {
        return standingRows.candidates(sectorId, tier, unsorted(pageable));
    }

    public long countCandidates(@Nullable Long sectorId, @Nullable CultivationTier tier) {
        return standingRows.countCandidates(sectorId, tier);
    }

    /** The points ranking of the district or one sector; firms with the same points share a rank. */
    public List<RankedRow> ranking(@Nullable Long sectorId, Pageable pageable) {
        List<StandingRow> rows = standingRows.ranking(sectorId, unsorted(pageable));
        Map<BigDecimal, Long> ranks = new HashMap<>();
        return rows.stream()
                .map(row -> new RankedRow(
                        ranks.computeIfAbsent(row.points(), p -> standingRows.countAbove(p, sectorId) + 1), row))
                .toList();
    }

    public long countRanked(@Nullable Long sectorId) {
        return standingRows.countRanked(sectorId);
    }

    public List<PolicyLine> policies() {
        return policies.findAllByOrderByIdAsc().stream()
                .map(CultivationService::line)
                .toList();
    }

    /** The firms a policy's rule lets in (免申即享), most points first. */
    public List<StandingRow> qualifying(long policyId, Pageable pageable) {
        RewardPolicy policy = policy(policyId);
        CultivationTier tier = policy.getRequiredTier();
        return tier == null
                ? standingRows.qualifying(floor(policy), policy.getMinRdExpenseWan(), unsorted(pageable))
                : standingRows.qualifyingHolding(
                        floor(policy), policy.getMinRdExpenseWan(), tier, today(), unsorted(pageable));
    }

    public long countQualifying(long policyId) {
        RewardPolicy policy = policy(policyId);
        CultivationTier tier = policy.getRequiredTier();
        return tier == null
                ? standingRows.countQualifying(floor(policy), policy.getMinRdExpenseWan())
                : standingRows.countQualifyingHolding(floor(policy), policy.getMinRdExpenseWan(), tier, today());
    }

    public List<CriterionLine> criteria() {
        return criteria.findAllByOrderByIdAsc().stream()
                .map(c -> {
                    CultivationCriterion.Rule rule = c.rule();
                    return new CriterionLine(
                            c.getId(),
                            c.getVersion(),
                            rule.tier(),
                            rule.kind(),
                            rule.revenueAboveWan(),
                            rule.revenueUpToWan(),
                            rule.threshold());
                })
                .toList();
    }

    public List<IndicatorLine> indicators() {
        return indicators.findAllByOrderByIdAsc().stream()
                .map(i -> {
                    PointsModel.Scoring scoring = i.scoring();
                    return new IndicatorLine(
                            i.getId(),
                            i.getVersion(),
                            scoring.indicator(),
                            scoring.weight(),
                            scoring.cap(),
                            scoring.perUnit(),
                            i.getBands());
                })
                .toList();
    }

    /** Changes a criterion's threshold; every standing is recomputed. Returns how many changed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public int saveCriterion(long id, long version, @Nullable BigDecimal threshold) {
        CultivationCriterion criterion =
                criteria.findById(id).orElseThrow(() -> new BusinessRuleException("cultivation.error.notFound"));
        checkVersion(CultivationCriterion.class, id, criterion.getVersion(), version);
        criterion.setThreshold(value("threshold", threshold, true));
        criteria.saveAndFlush(criterion);
        return standings.rebuild();
    }

    /** Changes an indicator's weight, cap and points per unit or bands; every standing is recomputed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public int saveIndicator(long id, long version, IndicatorLine command) {
        InnovationIndicator indicator =
                indicators.findById(id).orElseThrow(() -> new BusinessRuleException("cultivation.error.notFound"));
        checkVersion(InnovationIndicator.class, id, indicator.getVersion(), version);
        BigDecimal weight = value("weight", command.weight(), true);
        if (weight.compareTo(MAX_WEIGHT) > 0) {
            throw new BusinessRuleException("weight", "cultivation.error.range", MAX_WEIGHT.toPlainString());
        }
        BigDecimal cap = value("cap", command.cap(), true);
        BigDecimal perUnit = command.perUnit() == null ? null : value("perUnit", command.perUnit(), false);
        String bands = command.bands() == null || command.bands().isBlank()
                ? null
                : command.bands().strip();
        List<PointsModel.Band> parsed;
        try {
            parsed = PointsModel.Band.parse(bands);
        } catch (IllegalArgumentException bad) {
            throw new BusinessRuleException("bands", "cultivation.error.bands");
        }
        if (perUnit == null && parsed.isEmpty()) {
            throw new BusinessRuleException("bands", "cultivation.error.perUnitOrBands");
        }
        String normalised = parsed.isEmpty() ? null : PointsModel.Band.format(parsed);
        if (normalised != null && normalised.length() > 200) {
            throw new BusinessRuleException("bands", "cultivation.error.bands");
        }
        indicator.change(weight, cap, perUnit, perUnit == null ? normalised : null);
        indicators.saveAndFlush(indicator);
        return standings.rebuild();
    }

    /** Adds ({@code command.id()} null) or changes a reward policy. */
    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public PolicyLine savePolicy(PolicyLine command) {
        String name = text("name", command.name(), MAX_NAME);
        String award = text("award", command.award(), MAX_AWARD);
        if (command.topN() != null && command.topN() < 1) {
            throw new BusinessRuleException("topN", "cultivation.error.topN");
        }
        RewardPolicy policy;
        if (command.id() == null) {
            policy = new RewardPolicy(name, award);
        } else {
            policy = policy(command.id());
            checkVersion(RewardPolicy.class, command.id(), policy.getVersion(), command.version());
        }
        policy.change(
                name,
                award,
                command.topN(),
                command.minPoints() == null ? null : value("minPoints", command.minPoints(), false),
                command.minRdExpenseWan() == null ? null : value("minRdExpenseWan", command.minRdExpenseWan(), false),
                command.requiredTier());
        return line(policies.saveAndFlush(policy));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.TECH_OFFICE_NAME})
    @Transactional
    public void deletePolicy(long id, long version) {
        RewardPolicy policy = policy(id);
        checkVersion(RewardPolicy.class, id, policy.getVersion(), version);
        policies.delete(policy);
    }

    /** A policy's points floor: its own minimum, raised to the points of its N-th firm when it asks for the top N. */
    private BigDecimal floor(RewardPolicy policy) {
        BigDecimal floor = policy.getMinPoints() == null ? BigDecimal.ZERO : policy.getMinPoints();
        Integer topN = policy.getTopN();
        if (topN != null) {
            List<BigDecimal> nth = standingRows.pointsInOrder(PageRequest.of(topN - 1, 1));
            if (!nth.isEmpty()) {
                floor = floor.max(nth.get(0));
            }
        }
        return floor;
    }

    private RewardPolicy policy(long id) {
        return policies.findById(id).orElseThrow(() -> new BusinessRuleException("cultivation.error.notFound"));
    }

    private static PolicyLine line(RewardPolicy p) {
        return new PolicyLine(
                p.getId(),
                p.getVersion(),
                p.getName(),
                p.getAward(),
                p.getTopN(),
                p.getMinPoints(),
                p.getMinRdExpenseWan(),
                p.getRequiredTier());
    }

    private static BigDecimal value(String field, @Nullable BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new BusinessRuleException(field, "validation.required");
            }
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
            throw new BusinessRuleException(field, "cultivation.error.range", MAX_VALUE.toPlainString());
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String text(String field, @Nullable String input, int max) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new BusinessRuleException(field, "cultivation.error.text", max);
        }
        return text;
    }

    private static void checkVersion(Class<?> type, long id, long actual, long expected) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

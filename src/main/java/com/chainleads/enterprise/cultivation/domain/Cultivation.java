package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.CultivationCriterion.Rule;
import com.chainleads.enterprise.cultivation.domain.EnterpriseStanding.Standing;
import java.math.BigDecimal;
import java.util.List;

/** A firm's standing from its facts, the criteria and the points model: what the standing table stores. */
public final class Cultivation {

    private Cultivation() {}

    public static Standing standing(FirmFacts facts, List<Rule> criteria, List<PointsModel.Scoring> model) {
        BigDecimal points = PointsModel.score(model, facts).total();
        CultivationTier next = facts.nextTier();
        if (next == null) {
            return new Standing(points, null, 0, 0, BigDecimal.ZERO.setScale(4));
        }
        List<TierCriteria.Result> results = TierCriteria.check(next, criteria, facts);
        int met = (int) results.stream().filter(TierCriteria.Result::met).count();
        return new Standing(points, next, met, results.size() - met, TierCriteria.gap(results));
    }
}

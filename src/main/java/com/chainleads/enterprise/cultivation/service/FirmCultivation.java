package com.chainleads.enterprise.cultivation.service;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.cultivation.domain.PointsModel;
import com.chainleads.enterprise.cultivation.domain.TierCriteria;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One firm's 培育 and 创新积分 as its page shows them: the year of figures used, the next tier and its criteria met or
 * missing, the points with their breakdown and the firm's rank in the district and in its sector.
 */
public record FirmCultivation(
        @Nullable Integer year,
        @Nullable CultivationTier nextTier,
        List<TierCriteria.Result> criteria,
        PointsModel.Breakdown points,
        long districtRank,
        long districtFirms,
        long sectorRank,
        long sectorFirms) {

    public long met() {
        return criteria.stream().filter(TierCriteria.Result::met).count();
    }
}

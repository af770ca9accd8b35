package com.chainleads.enterprise.service;

import com.chainleads.chain.domain.CultivationTier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cultivation ladder (梯度培育) of the district or one sector on a day: per tier from 科技型中小企业 up to
 * 制造业单项冠军, how many enterprises hold it, how many gained it this year and how many lost it; the 规上 firms'
 * R&D coverage against the target of 100 %; and the number of innovation platforms.
 */
public record Ladder(LocalDate day, @Nullable Long sectorId, List<Step> steps, Coverage coverage, long platforms) {

    /** One rung: holders today, gained since 1 January (not held on 31 December), lapsed since then. */
    public record Step(CultivationTier tier, long holders, long gained, long lapsed) {}

    /** 规上 enterprises and those of them with R&D expense in {@code year}. */
    public record Coverage(int year, long aboveScale, long withRd) {

        /** The share in percent with one decimal, e.g. 85.4; zero without 规上 firms. */
        public BigDecimal percent() {
            return aboveScale == 0
                    ? BigDecimal.ZERO
                    : BigDecimal.valueOf(withRd * 100).divide(BigDecimal.valueOf(aboveScale), 1, RoundingMode.HALF_UP);
        }

        /** How many more 规上 firms need R&D for 全覆盖. */
        public long missing() {
            return aboveScale - withRd;
        }
    }

    public Step step(CultivationTier tier) {
        return steps.stream().filter(s -> s.tier() == tier).findFirst().orElseThrow();
    }
}

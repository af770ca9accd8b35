package com.chainleads.lead.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The planned-investment bands leaders ask about: projects of 1亿 and of 10亿 and more (amounts in 万元). A lead
 * falls in exactly one band; "at least a band" is what the cockpit counts.
 */
public enum InvestmentBand {
    /** Below 1亿, or no planned investment given. */
    ANY(null),
    /** 1亿 (10,000 万元) or more, below 10亿. */
    OVER_100M(BigDecimal.valueOf(10_000)),
    /** 10亿 (100,000 万元) or more. */
    OVER_1BN(BigDecimal.valueOf(100_000));

    private final @Nullable BigDecimal minimum;

    InvestmentBand(@Nullable BigDecimal minimum) {
        this.minimum = minimum;
    }

    /** The smallest planned investment in the band (万元, inclusive); none for {@link #ANY}. */
    public @Nullable BigDecimal minimum() {
        return minimum;
    }

    /** The band of a planned investment; none given is {@link #ANY}. */
    public static InvestmentBand of(@Nullable BigDecimal totalInvestment) {
        if (totalInvestment == null) {
            return ANY;
        }
        if (totalInvestment.compareTo(OVER_1BN.minimum) >= 0) {
            return OVER_1BN;
        }
        return totalInvestment.compareTo(OVER_100M.minimum) >= 0 ? OVER_100M : ANY;
    }
}

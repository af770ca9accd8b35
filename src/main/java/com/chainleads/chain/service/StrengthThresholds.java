package com.chainleads.chain.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a link counts as strong or weak, by its number of local enterprises: strong from {@code strongMin}
 * (default 3), weak from {@code weakMin} (default 1), missing below. Set in application properties as
 * {@code chainleads.chain-map.strong-min} and {@code chainleads.chain-map.weak-min}.
 */
@ConfigurationProperties("chainleads.chain-map")
public record StrengthThresholds(
        @DefaultValue("3") int strongMin, @DefaultValue("1") int weakMin) {

    public StrengthThresholds {
        if (weakMin < 1 || strongMin <= weakMin) {
            throw new IllegalArgumentException(
                    "Need 1 <= weak-min < strong-min, got weak-min " + weakMin + ", strong-min " + strongMin);
        }
    }

    public LinkStrength strengthOf(long localEnterprises) {
        if (localEnterprises >= strongMin) {
            return LinkStrength.STRONG;
        }
        return localEnterprises >= weakMin ? LinkStrength.WEAK : LinkStrength.MISSING;
    }
}

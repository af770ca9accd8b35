package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.chain.domain.CultivationTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a tier (reference data the 科技科 adjusts): a kind and its threshold, for every firm or only for
 * the firms whose revenue lies in a band (above {@code revenueAboveWan}, up to and including {@code revenueUpToWan}),
 * e.g. 高新技术企业 研发投入占比 ≥ 5 % up to 5000 万元 revenue.
 */
@Entity
@Table(name = "cultivation_criterion")
public class CultivationCriterion extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 20)
    private CultivationTier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CriterionKind kind;

    @Column(name = "revenue_above_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal revenueAboveWan;

    @Column(name = "revenue_up_to_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal revenueUpToWan;

    @Column(name = "threshold", nullable = false, precision = 16, scale = 2)
    private BigDecimal threshold;

    protected CultivationCriterion() {}

    public CultivationCriterion(
            CultivationTier tier,
            CriterionKind kind,
            @Nullable BigDecimal revenueAboveWan,
            @Nullable BigDecimal revenueUpToWan,
            BigDecimal threshold) {
        this.tier = tier;
        this.kind = kind;
        this.revenueAboveWan = revenueAboveWan;
        this.revenueUpToWan = revenueUpToWan;
        this.threshold = threshold;
    }

    public Rule rule() {
        return new Rule(tier, kind, revenueAboveWan, revenueUpToWan, threshold);
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public CultivationTier getTier() {
        return tier;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    /** The criterion as the pure rules read it. */
    public record Rule(
            CultivationTier tier,
            CriterionKind kind,
            @Nullable BigDecimal revenueAboveWan,
            @Nullable BigDecimal revenueUpToWan,
            BigDecimal threshold) {

        /** Whether the rule asks this firm: no band, or its revenue (none counts as 0) lies in the band. */
        public boolean appliesTo(@Nullable BigDecimal revenueWan) {
            BigDecimal revenue = revenueWan == null ? BigDecimal.ZERO : revenueWan;
            return (revenueAboveWan == null || revenue.compareTo(revenueAboveWan) > 0)
                    && (revenueUpToWan == null || revenue.compareTo(revenueUpToWan) <= 0);
        }
    }
}

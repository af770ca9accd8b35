package com.chainleads.chain.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * Reference data of the industry map ({@code data/link_strength_rule.csv}): what a firm weighs on its links by the
 * top tier it holds ({@code UNRANKED} without one, else a {@link CultivationTier} name), and the thresholds
 * {@code STRONG_MIN} and {@code WEAK_MIN} of a link's summed weights.
 */
@Entity
@Table(name = "link_strength_rule")
public class StrengthRule extends AbstractEntity {

    @Column(name = "rule_code", nullable = false, length = 20, unique = true)
    private String code;

    @Column(name = "points", nullable = false, precision = 8, scale = 2)
    private BigDecimal points;

    protected StrengthRule() {}

    public StrengthRule(String code, BigDecimal points) {
        this.code = code;
        this.points = points;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getPoints() {
        return points;
    }
}

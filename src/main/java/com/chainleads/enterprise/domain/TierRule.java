package com.chainleads.enterprise.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.chain.domain.CultivationTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Reference data of the cultivation ladder: a tier's rung and how many months its recognition is valid
 * (科技型中小企业 12, the others 36; {@code data/cultivation_tier_rule.csv}).
 */
@Entity
@Table(name = "cultivation_tier_rule")
public class TierRule extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 20, unique = true)
    private CultivationTier tier;

    @Column(name = "rung", nullable = false)
    private int rung;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    protected TierRule() {}

    public TierRule(CultivationTier tier, int rung, int validityMonths) {
        this.tier = tier;
        this.rung = rung;
        this.validityMonths = validityMonths;
    }

    public CultivationTier getTier() {
        return tier;
    }

    public int getRung() {
        return rung;
    }

    public int getValidityMonths() {
        return validityMonths;
    }

    /** The last valid day of a recognition granted on {@code grantedOn}: granted 2026-03-10, 12 months → 2027-03-09. */
    public LocalDate validUntil(LocalDate grantedOn) {
        return grantedOn.plusMonths(validityMonths).minusDays(1);
    }
}

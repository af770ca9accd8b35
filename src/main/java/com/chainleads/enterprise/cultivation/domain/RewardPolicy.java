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
 * A reward policy (奖励政策) as a rule: the firms among the top {@code topN} by points, with at least
 * {@code minPoints}, {@code minRdExpenseWan} of R&D and holding {@code requiredTier} today qualify — each condition
 * left empty is not asked. They get it without applying (免申即享).
 */
@Entity
@Table(name = "reward_policy")
public class RewardPolicy extends AbstractEntity {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "award", nullable = false, length = 200)
    private String award;

    @Column(name = "top_n")
    private @Nullable Integer topN;

    @Column(name = "min_points", precision = 9, scale = 2)
    private @Nullable BigDecimal minPoints;

    @Column(name = "min_rd_expense_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal minRdExpenseWan;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_tier", length = 20)
    private @Nullable CultivationTier requiredTier;

    protected RewardPolicy() {}

    public RewardPolicy(String name, String award) {
        this.name = name;
        this.award = award;
    }

    public void change(
            String name,
            String award,
            @Nullable Integer topN,
            @Nullable BigDecimal minPoints,
            @Nullable BigDecimal minRdExpenseWan,
            @Nullable CultivationTier requiredTier) {
        this.name = name;
        this.award = award;
        this.topN = topN;
        this.minPoints = minPoints;
        this.minRdExpenseWan = minRdExpenseWan;
        this.requiredTier = requiredTier;
    }

    public String getName() {
        return name;
    }

    public String getAward() {
        return award;
    }

    public @Nullable Integer getTopN() {
        return topN;
    }

    public @Nullable BigDecimal getMinPoints() {
        return minPoints;
    }

    public @Nullable BigDecimal getMinRdExpenseWan() {
        return minRdExpenseWan;
    }

    public @Nullable CultivationTier getRequiredTier() {
        return requiredTier;
    }
}

package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.chain.domain.CultivationTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A firm's stored standing: its innovation points and, towards its next tier, how many criteria it meets and misses
 * and the summed relative gap of the missing ones. Written with every change of the firm's figures, tiers or
 * platforms, rebuilt when the model or the criteria change, so rankings and the 培育清单 page through indexes.
 */
@Entity
@Table(name = "enterprise_standing")
public class EnterpriseStanding implements Persistable<Long> {

    @Id
    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "sector_id")
    private @Nullable Long sectorId;

    @Column(name = "points", nullable = false, precision = 9, scale = 2)
    private BigDecimal points = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_tier", length = 20)
    private @Nullable CultivationTier nextTier;

    @Column(name = "criteria_met", nullable = false)
    private int criteriaMet;

    @Column(name = "criteria_missing", nullable = false)
    private int criteriaMissing;

    @Column(name = "gap", nullable = false, precision = 12, scale = 4)
    private BigDecimal gap = BigDecimal.ZERO;

    @Column(name = "rd_expense_wan", precision = 16, scale = 2)
    private @Nullable BigDecimal rdExpenseWan;

    /** A row made here is inserted straight away (no look-up first: a rebuild of 50,000 firms writes each once). */
    @Transient
    private boolean fresh;

    protected EnterpriseStanding() {}

    public EnterpriseStanding(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
        this.fresh = true;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public Long getId() {
        return enterpriseId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** Takes the freshly computed figures; returns whether anything changed. */
    public boolean update(@Nullable Long sectorId, Standing standing, @Nullable BigDecimal rdExpenseWan) {
        boolean changed = !java.util.Objects.equals(this.sectorId, sectorId)
                || points.compareTo(standing.points()) != 0
                || nextTier != standing.nextTier()
                || criteriaMet != standing.criteriaMet()
                || criteriaMissing != standing.criteriaMissing()
                || gap.compareTo(standing.gap()) != 0
                || !sameAmount(this.rdExpenseWan, rdExpenseWan);
        this.sectorId = sectorId;
        this.points = standing.points();
        this.nextTier = standing.nextTier();
        this.criteriaMet = standing.criteriaMet();
        this.criteriaMissing = standing.criteriaMissing();
        this.gap = standing.gap();
        this.rdExpenseWan = rdExpenseWan;
        return changed;
    }

    private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public @Nullable Long getSectorId() {
        return sectorId;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public @Nullable CultivationTier getNextTier() {
        return nextTier;
    }

    public int getCriteriaMet() {
        return criteriaMet;
    }

    public int getCriteriaMissing() {
        return criteriaMissing;
    }

    public BigDecimal getGap() {
        return gap;
    }

    /** What the standing stores, as the pure rules compute it. */
    public record Standing(
            BigDecimal points,
            @Nullable CultivationTier nextTier,
            int criteriaMet,
            int criteriaMissing,
            BigDecimal gap) {}
}

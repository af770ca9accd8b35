package com.chainleads.enterprise.cultivation.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the 创新积分 model (administrators and the 科技科 adjust it): points are {@code weight} × (the value
 * × {@code perUnit}, or the points of the highest band the value reaches), never more than {@code cap}. Bands are
 * written {@code threshold:points;…}, e.g. {@code 3:30;5:60} (≥ 3 → 30, ≥ 5 → 60).
 */
@Entity
@Table(name = "innovation_indicator")
public class InnovationIndicator extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", nullable = false, length = 30, unique = true)
    private ScoreIndicator indicator;

    @Column(name = "weight", nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Column(name = "cap", nullable = false, precision = 9, scale = 2)
    private BigDecimal cap;

    @Column(name = "per_unit", precision = 9, scale = 2)
    private @Nullable BigDecimal perUnit;

    @Column(name = "bands", length = 200)
    private @Nullable String bands;

    protected InnovationIndicator() {}

    public InnovationIndicator(
            ScoreIndicator indicator,
            BigDecimal weight,
            BigDecimal cap,
            @Nullable BigDecimal perUnit,
            @Nullable String bands) {
        this.indicator = indicator;
        this.weight = weight;
        this.cap = cap;
        this.perUnit = perUnit;
        this.bands = bands;
    }

    public PointsModel.Scoring scoring() {
        return new PointsModel.Scoring(indicator, weight, cap, perUnit, PointsModel.Band.parse(bands));
    }

    public void change(BigDecimal weight, BigDecimal cap, @Nullable BigDecimal perUnit, @Nullable String bands) {
        this.weight = weight;
        this.cap = cap;
        this.perUnit = perUnit;
        this.bands = bands;
    }

    public ScoreIndicator getIndicator() {
        return indicator;
    }

    public @Nullable String getBands() {
        return bands;
    }
}

package com.chainleads.tour.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A scoring criterion of the 观摩 and its weight (reference data {@code data/tour_criterion.csv}). */
@Entity
@Table(name = "tour_criterion")
public class TourCriterion extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected TourCriterion() {}

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getWeight() {
        return weight;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}

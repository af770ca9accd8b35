package com.chainleads.tour.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One member's score, 0–100, of one project (stop) on one criterion. */
@Entity
@Table(name = "tour_score")
public class TourScore extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private TourMember member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stop_id", nullable = false, updatable = false)
    private TourStop stop;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private TourCriterion criterion;

    @Column(name = "score", nullable = false, precision = 5, scale = 1)
    private BigDecimal score;

    protected TourScore() {}

    public TourScore(TourMember member, TourStop stop, TourCriterion criterion, BigDecimal score) {
        this.member = member;
        this.stop = stop;
        this.criterion = criterion;
        this.score = score;
    }

    public TourMember getMember() {
        return member;
    }

    public TourStop getStop() {
        return stop;
    }

    public TourCriterion getCriterion() {
        return criterion;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }
}

package com.chainleads.tour.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A signed project on a tour's route; {@code position} orders the visit (1 first). */
@Entity
@Table(name = "tour_stop")
public class TourStop extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tour_id", nullable = false, updatable = false)
    private Tour tour;

    @Column(name = "lead_id", nullable = false, updatable = false)
    private long leadId;

    @Column(name = "position", nullable = false)
    private int position;

    protected TourStop() {}

    public TourStop(Tour tour, long leadId, int position) {
        this.tour = tour;
        this.leadId = leadId;
        this.position = position;
    }

    public Tour getTour() {
        return tour;
    }

    public long getLeadId() {
        return leadId;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}

package com.chainleads.tour.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A member of the 观摩团. Often a district leader who never signs in: the organiser enters the paper score sheet,
 * so a member is a name and a title, not a user.
 */
@Entity
@Table(name = "tour_member")
public class TourMember extends AbstractEntity {

    public static final int MAX_NAME = 50;
    public static final int MAX_TITLE = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tour_id", nullable = false, updatable = false)
    private Tour tour;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "title", length = MAX_TITLE)
    private @Nullable String title;

    protected TourMember() {}

    public TourMember(Tour tour, String name, @Nullable String title) {
        this.tour = tour;
        this.name = name;
        this.title = title;
    }

    public Tour getTour() {
        return tour;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getTitle() {
        return title;
    }
}

package com.chainleads.tour.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A 项目建设观摩: on one day, leaders visit signed projects in order and score them. */
@Entity
@Table(name = "tour")
public class Tour extends AbstractEntity {

    public static final int MAX_NAME = 100;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "tour_date", nullable = false)
    private LocalDate tourDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private AppUser createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Tour() {}

    public Tour(String name, LocalDate tourDate, AppUser createdBy, Instant createdAt) {
        this.name = name;
        this.tourDate = tourDate;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public LocalDate getTourDate() {
        return tourDate;
    }

    public void change(String name, LocalDate tourDate) {
        this.name = name;
        this.tourDate = tourDate;
    }

    public AppUser getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

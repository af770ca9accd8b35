package com.chainleads.tour.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TourRepository extends JpaRepository<Tour, Long> {

    /** Newest first: a bureau holds a few tours a year, so the list is small. */
    List<Tour> findAllByOrderByTourDateDescIdDesc();
}

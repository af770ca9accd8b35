package com.chainleads.tour.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TourStopRepository extends JpaRepository<TourStop, Long> {

    List<TourStop> findByTourIdOrderByPositionAsc(long tourId);

    Optional<TourStop> findByTourIdAndLeadId(long tourId, long leadId);

    @Query("select coalesce(max(s.position), 0) from TourStop s where s.tour.id = :tourId")
    int lastPosition(long tourId);

    long countByTourId(long tourId);
}

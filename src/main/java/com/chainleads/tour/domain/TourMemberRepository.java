package com.chainleads.tour.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TourMemberRepository extends JpaRepository<TourMember, Long> {

    List<TourMember> findByTourIdOrderByIdAsc(long tourId);

    long countByTourId(long tourId);
}

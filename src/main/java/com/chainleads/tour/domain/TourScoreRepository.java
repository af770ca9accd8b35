package com.chainleads.tour.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TourScoreRepository extends JpaRepository<TourScore, Long> {

    @Query(
            "select s from TourScore s join fetch s.member m join fetch s.stop st join fetch s.criterion where m.tour.id = :tourId")
    List<TourScore> findByTour(long tourId);

    @Query("select s from TourScore s join fetch s.stop join fetch s.criterion where s.member.id = :memberId")
    List<TourScore> findByMember(long memberId);
}

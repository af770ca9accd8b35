package com.chainleads.tour.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TourCriterionRepository extends JpaRepository<TourCriterion, Long> {

    List<TourCriterion> findAllByOrderBySortOrderAsc();
}

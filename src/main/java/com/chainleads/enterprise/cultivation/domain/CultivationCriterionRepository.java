package com.chainleads.enterprise.cultivation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CultivationCriterionRepository extends JpaRepository<CultivationCriterion, Long> {

    List<CultivationCriterion> findAllByOrderByIdAsc();
}

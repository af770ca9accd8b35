package com.chainleads.enterprise.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface YearlyIndicatorsRepository extends JpaRepository<YearlyIndicators, Long> {

    List<YearlyIndicators> findByEnterpriseIdOrderByYearDesc(long enterpriseId);

    Optional<YearlyIndicators> findByEnterpriseIdAndYear(long enterpriseId, int year);
}

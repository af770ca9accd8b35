package com.chainleads.enterprise.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YearlyIndicatorsRepository extends JpaRepository<YearlyIndicators, Long> {

    List<YearlyIndicators> findByEnterpriseIdOrderByYearDesc(long enterpriseId);

    Optional<YearlyIndicators> findByEnterpriseIdAndYear(long enterpriseId, int year);

    /** 规上 enterprises of a sector (or all) with R&D expense above zero in {@code year}. */
    @Query("""
            select count(distinct i.enterprise.id) from YearlyIndicators i
            where i.year = :year and i.rdExpenseWan > 0 and i.enterprise.aboveScale = true
              and (:sectorId is null or i.enterprise.sector.id = :sectorId)""")
    long countAboveScaleWithRd(int year, @Nullable Long sectorId);
}

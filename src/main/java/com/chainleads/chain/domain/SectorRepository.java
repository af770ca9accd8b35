package com.chainleads.chain.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectorRepository extends JpaRepository<Sector, Long> {

    List<Sector> findAllByOrderBySortOrderAsc();

    Optional<Sector> findByCode(String code);
}

package com.chainleads.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findAllByOrderBySortOrderAsc();

    Optional<OrgUnit> findByCode(String code);
}

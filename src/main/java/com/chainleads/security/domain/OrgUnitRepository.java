package com.chainleads.security.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findAllByOrderBySortOrderAsc();
}

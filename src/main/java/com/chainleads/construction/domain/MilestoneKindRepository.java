package com.chainleads.construction.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneKindRepository extends JpaRepository<MilestoneKind, Long> {

    List<MilestoneKind> findAllByOrderBySortOrderAscIdAsc();

    Optional<MilestoneKind> findByCode(String code);
}

package com.chainleads.coordination.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findAllByOrderBySortOrderAscIdAsc();

    Optional<Department> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select coalesce(max(d.sortOrder), 0) from Department d")
    int maxSortOrder();
}

package com.chainleads.enterprise.cultivation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InnovationIndicatorRepository extends JpaRepository<InnovationIndicator, Long> {

    List<InnovationIndicator> findAllByOrderByIdAsc();
}

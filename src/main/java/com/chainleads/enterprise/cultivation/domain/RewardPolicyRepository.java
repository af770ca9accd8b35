package com.chainleads.enterprise.cultivation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RewardPolicyRepository extends JpaRepository<RewardPolicy, Long> {

    List<RewardPolicy> findAllByOrderByIdAsc();
}

package com.chainleads.enterprise.domain;

import com.chainleads.chain.domain.CultivationTier;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TierRuleRepository extends JpaRepository<TierRule, Long> {

    Optional<TierRule> findByTier(CultivationTier tier);
}

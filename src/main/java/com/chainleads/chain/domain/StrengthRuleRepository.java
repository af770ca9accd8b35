package com.chainleads.chain.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrengthRuleRepository extends JpaRepository<StrengthRule, Long> {}

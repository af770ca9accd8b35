package com.chainleads.enterprise.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseAuditRepository extends JpaRepository<EnterpriseAuditEntry, Long> {

    List<EnterpriseAuditEntry> findByEnterpriseIdOrderByOccurredAtDescIdDesc(long enterpriseId);
}

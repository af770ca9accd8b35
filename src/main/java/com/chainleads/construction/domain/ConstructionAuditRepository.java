package com.chainleads.construction.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConstructionAuditRepository extends JpaRepository<ConstructionAuditEntry, Long> {

    /** One project's change log, newest first (ix_construction_audit_lead). */
    List<ConstructionAuditEntry> findTop200ByLeadIdOrderByOccurredAtDescIdDesc(long leadId);
}

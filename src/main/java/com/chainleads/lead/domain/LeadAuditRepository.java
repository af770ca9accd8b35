package com.chainleads.lead.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Audit entries are only ever added and read: no update or delete methods on purpose. */
public interface LeadAuditRepository extends Repository<LeadAuditEntry, Long> {

    LeadAuditEntry save(LeadAuditEntry entry);

    List<LeadAuditEntry> findByLeadIdOrderByOccurredAtDescIdDesc(long leadId);

    long countByLeadId(long leadId);
}

package com.chainleads.coordination.domain;

import com.chainleads.lead.domain.Lead;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the coordination issues read of the lead register's table: a lead with the facts an issue keeps a copy of
 * (number, project, sector, unit, owner), by its id. Who may see the lead is asked of the register
 * ({@code LeadService.load}) before.
 */
public interface IssueLeadRepository extends Repository<Lead, Long> {

    @Query("select l from Lead l join fetch l.sector join fetch l.unit join fetch l.owner where l.id = :leadId")
    Optional<Lead> findWithFacts(long leadId);
}

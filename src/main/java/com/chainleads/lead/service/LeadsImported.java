package com.chainleads.lead.service;

import java.util.List;

/**
 * Leads were registered by an import. Published by {@link LeadImports#importLeads} inside the import's transaction,
 * once for the whole file, after the leads are written.
 */
public record LeadsImported(List<Long> leadIds, String fileName) {

    public LeadsImported {
        leadIds = List.copyOf(leadIds);
    }
}

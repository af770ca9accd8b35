package com.chainleads.claim.service;

import com.chainleads.lead.domain.InvestorKeyColumns;
import com.chainleads.claim.domain.InvestorKey;
import com.chainleads.claim.domain.PracticeLeadRepository;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Keeps the investor-name keys beside the leads the application writes (see {@link InvestorKey}), in the writing
 * transaction: one lead as it is saved, or a whole import in batches, through the lead register's port
 * ({@link InvestorKeyColumns}). Leads written around the application get theirs at the next start
 * ({@code InvestorNameKeysChange}).
 */
@Component
class InvestorNameIndex {

    private final PracticeLeadRepository leads;
    private final InvestorKeyColumns keys;

    InvestorNameIndex(PracticeLeadRepository leads, InvestorKeyColumns keys) {
        this.leads = leads;
        this.keys = keys;
    }

    void store(long leadId) {
        leads.findWithUnitAndOwner(leadId).ifPresent(lead -> keys.store(leadId, keysOf(lead.getInvestorName())));
    }

    void store(Collection<Long> leadIds) {
        keys.storeAll(leadIds, InvestorNameIndex::keysOf);
    }

    static InvestorKeyColumns.Keys keysOf(String investorName) {
        InvestorKey key = InvestorKey.of(investorName);
        return new InvestorKeyColumns.Keys(key.nameKey(), key.brand(), key.version());
    }
}

package com.chainleads.claim.service;

import com.chainleads.claim.domain.InvestorKey;
import com.chainleads.claim.domain.PracticeLeadRepository;
import com.chainleads.lead.domain.InvestorKeyColumns;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.service.ImportedLeadColumns;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the investor-name keys beside the leads the application writes (see {@link InvestorKey}), in the writing
 * transaction: one lead as it is saved, through the lead register's port ({@link InvestorKeyColumns}), or each lead
 * of an import in its own insert ({@link ImportedLeadColumns}). Leads written around the application get theirs at
 * the next start ({@code InvestorNameKeysChange}).
 */
@Component
class InvestorNameIndex implements ImportedLeadColumns {

    private final PracticeLeadRepository leads;
    private final InvestorKeyColumns keys;

    InvestorNameIndex(PracticeLeadRepository leads, InvestorKeyColumns keys) {
        this.leads = leads;
        this.keys = keys;
    }

    void store(long leadId) {
        leads.findWithUnitAndOwner(leadId)
                .ifPresent(lead -> keys.store(leadId, keysOf(lead.getInvestor().getName())));
    }

    @Override
    public List<String> names() {
        return List.of("investor_name_key", "investor_brand", "investor_name_version");
    }

    @Override
    public List<@Nullable Object> values(Lead lead) {
        InvestorKeyColumns.Keys key = keysOf(lead.getInvestor().getName());
        return List.of(key.nameKey(), key.brand(), key.version());
    }

    static InvestorKeyColumns.Keys keysOf(String investorName) {
        InvestorKey key = InvestorKey.of(investorName);
        return new InvestorKeyColumns.Keys(key.nameKey(), key.brand(), key.version());
    }
}

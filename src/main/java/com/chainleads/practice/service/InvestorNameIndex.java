package com.chainleads.practice.service;

import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.service.ImportedLeadColumns;
import com.chainleads.practice.domain.InvestorKey;
import com.chainleads.practice.domain.PracticeLeadRepository;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the investor-name keys beside the leads the application writes (see {@link InvestorKey}), in the writing
 * transaction: one lead as it is saved, or each lead of an import in its own insert ({@link ImportedLeadColumns}).
 * Leads written around the application get theirs at the next start ({@code InvestorNameKeysChange}).
 */
@Component
class InvestorNameIndex implements ImportedLeadColumns {

    private final PracticeLeadRepository leads;

    InvestorNameIndex(PracticeLeadRepository leads) {
        this.leads = leads;
    }

    void store(long leadId) {
        leads.findWithUnitAndOwner(leadId).ifPresent(lead -> {
            InvestorKey key = InvestorKey.of(lead.getInvestorName());
            leads.storeInvestorKey(leadId, key.nameKey(), key.brand(), key.version());
        });
    }

    @Override
    public List<String> names() {
        return List.of("investor_name_key", "investor_brand", "investor_name_version");
    }

    @Override
    public List<@Nullable Object> values(Lead lead) {
        InvestorKey key = InvestorKey.of(lead.getInvestorName());
        return List.of(key.nameKey(), key.brand(), key.version());
    }
}

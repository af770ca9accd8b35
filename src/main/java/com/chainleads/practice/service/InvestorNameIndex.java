package com.chainleads.practice.service;

import com.chainleads.practice.domain.InvestorKey;
import com.chainleads.practice.domain.PracticeLeadRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the investor-name keys beside the leads the application writes (see {@link InvestorKey}), in the writing
 * transaction: one lead as it is saved, or a whole import in batches. Leads written around the application get
 * theirs at the next start ({@code InvestorNameKeysChange}).
 */
@Component
class InvestorNameIndex {

    private static final int CHUNK = 500;

    private final PracticeLeadRepository leads;
    private final JdbcTemplate jdbc;

    InvestorNameIndex(PracticeLeadRepository leads, JdbcTemplate jdbc) {
        this.leads = leads;
        this.jdbc = jdbc;
    }

    void store(long leadId) {
        leads.findWithUnitAndOwner(leadId).ifPresent(lead -> {
            InvestorKey key = InvestorKey.of(lead.getInvestorName());
            leads.storeInvestorKey(leadId, key.nameKey(), key.brand(), key.version());
        });
    }

    void store(Collection<Long> leadIds) {
        List<Long> ids = List.copyOf(leadIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object[]> updates = new ArrayList<>(chunk.size());
            jdbc.query("select id, investor_name from investment_lead where id in (" + in + ")", rs -> {
                InvestorKey key = InvestorKey.of(rs.getString(2));
                updates.add(new Object[] {key.nameKey(), key.brand(), key.version(), rs.getLong(1)});
            }, chunk.toArray());
            jdbc.batchUpdate("update investment_lead set investor_name_key = ?, investor_brand = ?, "
                    + "investor_name_version = ? where id = ?", updates);
        }
    }
}

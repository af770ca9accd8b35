package com.chainleads.claim.ui;

import com.chainleads.claim.domain.ClaimStatus;
import com.chainleads.claim.service.ClaimService;
import com.chainleads.claim.service.LeadClaimRow;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.lead.ui.LeadTabContributor;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Adds the 撞单 tab to the page of a lead that is party to a claim; it asks for attention while one waits. */
@Component
class ClaimsTabContributor implements LeadTabContributor {

    private final ClaimService claims;

    ClaimsTabContributor(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public Optional<LeadTab> tabFor(LeadDetails lead) {
        List<LeadClaimRow> rows = claims.claimsOfLead(lead.id());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        boolean waiting = rows.stream().anyMatch(row -> row.status() == ClaimStatus.PENDING);
        LeadClaimsPanel panel = new LeadClaimsPanel(rows);
        String label =
                panel.getTranslation(waiting ? "practice.leadTab.labelWaiting" : "practice.leadTab.label", rows.size());
        return Optional.of(new LeadTab(LeadPageTab.CLAIMS, label, panel, waiting));
    }
}

package com.chainleads.coordination.service;

import com.chainleads.coordination.domain.CoordinationIssueRepository;
import com.chainleads.coordination.domain.IssueLeadRepository;
import com.chainleads.coordination.summary.IssueFigures;
import com.chainleads.lead.service.LeadEdited;
import com.chainleads.lead.service.LeadHandedOver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the lead's facts copied on its issues (number, project name, sector, unit, owner) in step with the lead,
 * inside the transaction of the lead's change: an edit may rename the project or move its sector, a handover (a
 * user's, or a 撞单 settlement's) changes its unit and owner — and with them who sees the issues. A deleted lead
 * takes its issues with it by the foreign key (ON DELETE CASCADE), as claims do.
 */
@Component
class CoordinationLeadEvents {

    private final CoordinationIssueRepository issues;
    private final IssueLeadRepository leads;
    private final IssueFigures figures;

    CoordinationLeadEvents(CoordinationIssueRepository issues, IssueLeadRepository leads, IssueFigures figures) {
        this.issues = issues;
        this.leads = leads;
        this.figures = figures;
    }

    @EventListener
    void edited(LeadEdited event) {
        refresh(event.leadId());
    }

    @EventListener
    void handedOver(LeadHandedOver event) {
        refresh(event.leadId());
    }

    private void refresh(long leadId) {
        if (issues.countByLeadId(leadId) == 0) {
            return; // most leads have no issues: one index look-up, nothing else
        }
        leads.findWithFacts(leadId).ifPresent(lead -> {
            // the open issues move with the lead's sector and unit in the cockpit's figures
            figures.leadFactsCopied(
                    leadId, lead.getSector().getId(), lead.getUnit().getId());
            issues.copyLeadFacts(
                    leadId, lead.getLeadNo(), lead.getProjectName(), lead.getSector(), lead.getUnit(), lead.getOwner());
        });
    }
}

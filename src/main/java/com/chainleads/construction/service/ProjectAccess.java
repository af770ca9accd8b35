package com.chainleads.construction.service;

import com.chainleads.base.domain.RecordNotFoundException;
import com.chainleads.construction.summary.ProjectFigures;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.lead.service.LeadVisibility;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a project's construction data — the lead register's rules, never our own: a lead the
 * caller cannot see is not found ({@link LeadService#load}), a lead before 签约 has no project, and changes need
 * the right to edit the lead (its unit's officers, administrators).
 */
@Component
class ProjectAccess {

    private final LeadService leads;
    private final ProjectFigures figures;
    private final LeadVisibility visibility;

    ProjectAccess(LeadService leads, ProjectFigures figures, LeadVisibility visibility) {
        this.leads = leads;
        this.figures = figures;
        this.visibility = visibility;
    }

    /** The caller's reach for lists over many projects: all units, one unit, or nothing. */
    LeadVisibility.Scope scope() {
        return visibility.ofCaller();
    }

    LeadDetails signedLead(long leadId) {
        LeadDetails lead = leads.load(leadId);
        if (!LeadStage.SIGNED_OR_LATER.contains(lead.stage())) {
            throw new RecordNotFoundException("project", leadId);
        }
        return lead;
    }

    LeadDetails editableLead(long leadId) {
        LeadDetails lead = signedLead(leadId);
        if (!lead.permissions().canEdit()) {
            throw new AccessDeniedException("construction plan of lead " + leadId);
        }
        // a change of the plan or its figures takes the project's lead row first (see ProjectFigures)
        figures.lockProject(leadId);
        return lead;
    }
}

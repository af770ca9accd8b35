package com.chainleads.coordination.ui;

import com.chainleads.coordination.service.CoordinationService;
import com.chainleads.coordination.service.DepartmentService;
import com.chainleads.coordination.service.LeadIssues;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.lead.ui.LeadTabContributor;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds the 问题清单 tab to the page of a signed project (签约 or later): its coordination issues and their forms.
 * The tab asks for attention while an issue is overdue.
 */
@Component
@Order(20)
class IssuesTabContributor implements LeadTabContributor {

    private final CoordinationService coordination;
    private final DepartmentService departments;
    private final Clock clock;

    IssuesTabContributor(CoordinationService coordination, DepartmentService departments, Clock clock) {
        this.coordination = coordination;
        this.departments = departments;
        this.clock = clock;
    }

    @Override
    public Optional<LeadTab> tabFor(LeadDetails lead) {
        if (!CoordinationService.hasIssueList(lead)) {
            return Optional.empty();
        }
        LeadIssues issues = coordination.issuesOf(lead.id());
        LeadIssuesPanel panel = new LeadIssuesPanel(coordination, departments, clock, issues);
        return Optional.of(new LeadTab(
                LeadPageTab.ISSUES, LeadIssuesPanel.label(panel, issues), panel, issues.overdueCount() > 0));
    }
}

package com.chainleads.construction.ui;

import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.InvestmentService;
import com.chainleads.construction.service.ProjectPlan;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadPageTab;
import com.chainleads.lead.ui.LeadTabContributor;
import java.time.Clock;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Adds the 项目建设 tab to a signed lead's page; it asks for attention while the project is behind its plan. */
@Component
@Order(10)
class ConstructionTabContributor implements LeadTabContributor {

    private final ConstructionService construction;
    private final InvestmentService investment;
    private final Clock clock;

    ConstructionTabContributor(ConstructionService construction, InvestmentService investment, Clock clock) {
        this.construction = construction;
        this.investment = investment;
        this.clock = clock;
    }

    @Override
    public Optional<LeadTab> tabFor(LeadDetails lead) {
        if (!ConstructionService.hasPlan(lead.stage())) {
            return Optional.empty();
        }
        ProjectPlan plan = construction.plan(lead.id());
        ProjectPanel panel = new ProjectPanel(construction, investment, plan, clock);
        boolean late = plan.status() == ProjectStatus.DELAYED || plan.status() == ProjectStatus.SEVERELY_DELAYED;
        return Optional.of(
                new LeadTab(LeadPageTab.CONSTRUCTION, panel.getTranslation("construction.tab"), panel, late));
    }
}

package com.chainleads.construction.service;

import com.chainleads.construction.domain.MilestoneKind;
import com.chainleads.construction.domain.ProjectMilestone;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.StageChangeRequest;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The lead facts a stage move from the plan can supply from the plan itself, only where the lead has none: the
 * planned start (注册落地 needs it) from the 开工 milestone's planned date, the actual start (开工) and the actual
 * production date (投产) from those milestones' actual dates — or from the milestone being reached now.
 */
record StageFacts(
        @Nullable LocalDate plannedStartOn,
        @Nullable LocalDate actualStartOn,
        @Nullable LocalDate actualProductionOn) {

    static StageFacts of(
            LeadDetails lead,
            MilestoneKind reached,
            LocalDate actualOn,
            @Nullable LocalDate plannedOn,
            Collection<ProjectMilestone> plan) {
        LocalDate plannedStart = lead.draft().getPlannedStartOn();
        LocalDate actualStart = lead.draft().getActualStartOn();
        LocalDate actualProduction = lead.draft().getActualProductionOn();
        if (reached.getLeadStage() == LeadStage.CONSTRUCTION) {
            plannedStart = plannedStart != null ? plannedStart : plannedOn != null ? plannedOn : actualOn;
            actualStart = actualStart != null ? actualStart : actualOn;
        }
        if (reached.getLeadStage() == LeadStage.PRODUCTION) {
            actualProduction = actualProduction != null ? actualProduction : actualOn;
        }
        for (ProjectMilestone row : plan) {
            if (row.getKind().getLeadStage() == LeadStage.CONSTRUCTION) {
                if (plannedStart == null) {
                    plannedStart = row.getPlannedOn();
                }
                if (actualStart == null) {
                    actualStart = row.getActualOn();
                }
            }
            if (row.getKind().getLeadStage() == LeadStage.PRODUCTION && actualProduction == null) {
                actualProduction = row.getActualOn();
            }
        }
        return new StageFacts(
                lead.draft().getPlannedStartOn() == null ? plannedStart : null,
                lead.draft().getActualStartOn() == null ? actualStart : null,
                lead.draft().getActualProductionOn() == null ? actualProduction : null);
    }

    StageChangeRequest request(LeadStage target, MilestoneKind kind, LocalDate actualOn) {
        String comment = "项目建设：" + kind.getNameZh() + " " + actualOn;
        return new StageChangeRequest(
                target,
                comment,
                null,
                null,
                plannedStartOn,
                target.reached(LeadStage.CONSTRUCTION) ? actualStartOn : null,
                target.reached(LeadStage.PRODUCTION) ? actualProductionOn : null,
                null);
    }
}

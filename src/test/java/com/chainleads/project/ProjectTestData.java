package com.chainleads.project;

import com.chainleads.construction.SignedLeads;
import com.chainleads.construction.service.ConstructionService;
import com.chainleads.construction.service.MilestoneDraft;
import com.chainleads.construction.service.MilestoneKindService;
import com.chainleads.construction.service.PlanLine;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.testsupport.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Signed projects with construction plans, made through the lead register and {@link ConstructionService}. */
@Component
public class ProjectTestData {

    private final SignedLeads signedLeads;
    private final ConstructionService construction;
    private final MilestoneKindService kinds;
    private final SignIn signIn;
    private final Clock clock;

    ProjectTestData(
            SignedLeads signedLeads,
            ConstructionService construction,
            MilestoneKindService kinds,
            SignIn signIn,
            Clock clock) {
        this.signedLeads = signedLeads;
        this.construction = construction;
        this.kinds = kinds;
        this.signIn = signIn;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A lead of {@code officer}'s unit signed 60 days ago, 总投资 20,000 万元, without a plan. */
    public LeadDetails signed(String officer) {
        return signedLeads.signedBy(officer);
    }

    /** A signed project whose first milestone (注册) is planned {@code daysFromToday} from today. */
    public LeadDetails plannedIn(String officer, int daysFromToday) {
        LeadDetails lead = signed(officer);
        plan(officer, lead.id(), "REGISTRATION", today().plusDays(daysFromToday));
        return lead;
    }

    /** Plans the milestone {@code code} of the project on {@code plannedOn}, as its officer would. */
    public void plan(String user, long leadId, String code, LocalDate plannedOn) {
        signIn.as(user, () -> {
            long kindId = kinds.list().stream()
                    .filter(k -> k.code().equals(code))
                    .findFirst()
                    .orElseThrow()
                    .id();
            PlanLine line = construction.plan(leadId).lines().stream()
                    .filter(l -> l.kindId() == kindId)
                    .findFirst()
                    .orElseThrow();
            construction.saveMilestone(
                    leadId,
                    new MilestoneDraft(kindId, line.milestoneId(), line.version(), plannedOn, null, null, List.of()));
        });
    }
}

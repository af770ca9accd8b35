package com.chainleads.coordination;

import com.chainleads.claim.PracticeTestData;
import com.chainleads.coordination.domain.IssueType;
import com.chainleads.coordination.service.CoordinationService;
import com.chainleads.coordination.service.DepartmentRow;
import com.chainleads.coordination.service.DepartmentService;
import com.chainleads.coordination.service.IssueDetails;
import com.chainleads.coordination.service.IssueDraft;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.SignIn;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Signed projects with coordination issues, for the tests; deadlines moved into the past in the database. */
@Component
public class CoordinationTestData {

    private final PracticeTestData leads;
    private final CoordinationService coordination;
    private final DepartmentService departments;
    private final SignIn signIn;
    private final JdbcTemplate jdbc;
    private final LeadService leadService;

    CoordinationTestData(
            PracticeTestData leads,
            CoordinationService coordination,
            DepartmentService departments,
            SignIn signIn,
            JdbcTemplate jdbc,
            LeadService leadService) {
        this.leads = leads;
        this.coordination = coordination;
        this.departments = departments;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.leadService = leadService;
    }

    /** A lead of {@code officer}'s unit moved to 签约. */
    public LeadDetails signedLead(String officer) {
        LeadDetails lead = leads.register(officer, leads.uniqueBrand() + "新能源科技有限公司");
        leads.stage(lead.id(), LeadStage.SIGNED);
        return signIn.as(officer, () -> leadService.load(lead.id()));
    }

    public LeadDetails registeredLead(String officer) {
        return leads.register(officer, leads.uniqueBrand() + "智能装备有限公司");
    }

    public DepartmentRow department(String code) {
        return signIn.as(
                "admin",
                () -> departments.all().stream()
                        .filter(d -> d.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }

    public IssueDraft draft(String text) {
        return new IssueDraft(IssueType.LAND, department("NATURAL_RESOURCES").id(), today().plusDays(7), text);
    }

    public IssueDetails raise(String user, long leadId, String text) {
        return signIn.as(user, () -> coordination.raise(leadId, draft(text)));
    }

    /** Moves the issue's deadline into the past (as if raised long ago), behind the application's back. */
    public void deadline(long issueId, LocalDate deadline) {
        jdbc.update("update coordination_issue set deadline = ? where id = ?", deadline, issueId);
    }

    public LocalDate today() {
        return leads.today();
    }

    public PracticeTestData leads() {
        return leads;
    }
}

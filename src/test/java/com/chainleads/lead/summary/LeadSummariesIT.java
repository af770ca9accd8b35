package com.chainleads.lead.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.ValidationException;
import com.chainleads.chain.service.ChainReferenceService;
import com.chainleads.lead.domain.Lead;
import com.chainleads.lead.domain.LeadChannel;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.lead.service.LeadDraft;
import com.chainleads.lead.service.LeadImportRow;
import com.chainleads.lead.service.LeadService;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/** The summaries as a whole: checked at start, rebuilt on request, untouched by a failed import, told of SQL writes. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LeadSummariesIT {

    @Autowired
    LeadSummaries summaries;

    @Autowired
    com.chainleads.lead.search.LeadIndexSync indexSync;

    @Autowired
    SummaryStartupCheck startupCheck;

    @Autowired
    LeadSummaryListener listener;

    @Autowired
    LeadService leads;

    @Autowired
    com.chainleads.lead.service.LeadImports imports;

    @Autowired
    ChainReferenceService chains;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    Clock clock;

    @Test
    void summariesMadeWrongBehindTheApplicationsBackAreFoundAndRebuiltAtStart(CapturedOutput output) {
        summaries.rebuild();
        Map<String, String> right = SummaryRows.read(jdbc);
        jdbc.update("update lead_summary_period set amount = amount + 1 where kind = 'REGION' and grain = 'M'");
        jdbc.update("delete from lead_summary_clock where kind = 'A'");
        jdbc.update("update lead_summary_stage set lead_count = lead_count + 2 where stage_rank = 4");

        SummaryCheck check = summaries.check();
        assertThat(check.inStep()).isFalse();
        assertThat(check.differences())
                .anyMatch(d -> d.startsWith("period REGION M amount: summaries "))
                .anyMatch(d -> d.startsWith("clock A count: summaries 0, leads "))
                .anyMatch(d -> d.startsWith("stage count: summaries "))
                .noneMatch(d -> d.startsWith("period REGION D"));

        startupCheck.afterSingletonsInstantiated();

        assertThat(output)
                .contains("WARN")
                .contains("Lead summaries out of step with the lead table")
                .contains("clock A count: summaries 0, leads ")
                .contains("Lead summaries rebuilt from");
        assertThat(summaries.check().inStep()).isTrue();
        assertThat(SummaryRows.differences(SummaryRows.read(jdbc), right, 10)).isEmpty();
    }

    @Test
    void summariesInStepAreLeftAloneAtStart(CapturedOutput output) {
        summaries.rebuild();
        startupCheck.afterSingletonsInstantiated();
        assertThat(output).contains("Lead summaries in step with").doesNotContain("out of step");
    }

    @Test
    void aRepairRequestRebuildsAndAnUnknownOneStopsTheStart(CapturedOutput output) {
        jdbc.update("delete from lead_summary_link");
        new SummaryStartupCheck(summaries, new MockEnvironment().withProperty("chainleads.repair", "summaries"))
                .afterSingletonsInstantiated();
        assertThat(output).contains("Repair requested: rebuilding the lead summaries");
        assertThat(summaries.check().inStep()).isTrue();

        assertThatThrownBy(() -> new SummaryStartupCheck(
                                summaries, new MockEnvironment().withProperty("chainleads.repair", "everything"))
                        .afterSingletonsInstantiated())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("summaries");
    }

    @Test
    void anImportThatFailsHalfwayLeavesLeadsAndSummariesAsTheyWere() {
        summaries.rebuild();
        Map<String, String> before = SummaryRows.read(jdbc);
        long leadsBefore = jdbc.queryForObject("select count(*) from investment_lead", Long.class);
        LocalDate today = LocalDate.now(clock);
        List<LeadImportRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new LeadImportRow(i + 2, draft("半途导入" + i), LeadStage.REGISTERED, today.minusDays(i * 9L)));
        }
        LeadDraft broken = draft("半途导入坏行");
        broken.setChannel(null); // required: the 21st row is refused after 20 were written in the transaction
        rows.add(new LeadImportRow(22, broken, LeadStage.REGISTERED, today));

        assertThatThrownBy(() -> signIn.as("officer2", () -> imports.importLeads(rows, "半途.xlsx")))
                .isInstanceOf(ValidationException.class);

        assertThat(jdbc.queryForObject("select count(*) from investment_lead", Long.class))
                .isEqualTo(leadsBefore);
        assertThat(SummaryRows.differences(SummaryRows.read(jdbc), before, 10)).isEmpty();
        assertThat(listener.pendingSessions()).isZero();
    }

    @Test
    void aLeadChangedWithPlainSqlAndReportedStaysInStep() {
        summaries.rebuild();
        long id = signIn.as("officer2", () -> leads.create(draft("SQL改动"))).id();
        transactions.executeWithoutResult(status -> {
            Lead lead = entityManager.find(Lead.class, id);
            LeadFacts before = summaries.factsOf(lead);
            jdbc.update(
                    "update investment_lead set stage = 'SCREENING', stage_rank = 2, furthest_stage_rank = 2 "
                            + "where id = ?",
                    id);
            summaries.record(
                    before,
                    new LeadFacts(
                            before.unitId(),
                            before.ownerId(),
                            before.sectorId(),
                            before.chainLinkId(),
                            2,
                            2,
                            before.totalInvestment(),
                            before.signedAmount(),
                            before.fundsReceived(),
                            before.reportedOn(),
                            before.signedOn(),
                            before.landedOn(),
                            before.lastActivityOn(),
                            before.region(),
                            before.channel(),
                            before.projectType()));
        });
        indexSync.write(List.of(id)); // a plain SQL write tells the search index too
        SummaryRows.assertEqualToRebuild(jdbc, summaries);
    }

    private LeadDraft draft(String name) {
        LeadDraft draft = new LeadDraft();
        draft.setProjectName(name);
        draft.setInvestorName(name + java.util.UUID.randomUUID().toString().substring(0, 6) + "有限公司");
        draft.setSectorId(chains.sectors().get(2).id());
        draft.setChannel(LeadChannel.FUND);
        draft.setUnitId(jdbc.queryForObject("select id from org_unit where code = 'INVEST_2'", Long.class));
        draft.setOwnerId(jdbc.queryForObject("select id from app_user where username = 'officer2'", Long.class));
        return draft;
    }
}

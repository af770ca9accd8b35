package com.chainleads.construction.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.domain.ProjectProgress;
import com.chainleads.construction.domain.ProjectProgressRepository;
import com.chainleads.construction.domain.ProjectStatus;
import com.chainleads.construction.evidence.EvidenceStore;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import com.chainleads.tour.service.RankLine;
import com.chainleads.tour.service.TourService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo data of issue 15 (the test context loads the {@code demo} context): projects after signing look alive. */
@IntegrationTest
class DemoProjectsIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectProgressRepository progress;

    @Autowired
    ProgressWriter writer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SignIn signIn;

    @Autowired
    EvidenceStore store;

    @Autowired
    TourService tours;

    @Autowired
    DemoEvidenceFiles demoFiles;

    @Test
    void everyDemoPlanHasTheProgressRowTheServiceWouldWrite() {
        // The demo plans every signed lead with a row for every milestone kind. Other tests of the shared context add
        // signed leads (some by SQL, dated in the past) and partial plans, so "every signed lead has a plan" cannot be
        // asserted here; the demo's own plans are the leads with a row for every kind.
        List<Long> planned = jdbc.queryForList(
                "select lead_id from project_milestone group by lead_id"
                        + " having count(*) = (select count(*) from milestone_kind) order by lead_id",
                Long.class);
        assertThat(planned).hasSizeGreaterThan(20);
        for (long leadId : planned) {
            ProjectProgress stored = progress.findByLeadId(leadId).orElseThrow();
            List<Object> before = fields(stored);
            // the service's own writer recomputes the row from the plan and figures: nothing may change
            List<Object> after = signIn.as(
                    "admin",
                    () -> transactions.execute(status -> {
                        writer.refresh(leadId);
                        return fields(progress.findByLeadId(leadId).orElseThrow());
                    }));
            assertThat(after).as("progress of lead %s", leadId).isEqualTo(before);
        }
    }

    private static List<Object> fields(ProjectProgress row) {
        return java.util.Arrays.asList(
                row.getNextKindId(),
                row.getNextPlannedOn(),
                row.getEarliestOpenPlannedOn(),
                row.getLatestKindId(),
                row.getLatestActualOn(),
                row.getStatus(),
                row.getCompletedTotal().stripTrailingZeros(),
                row.getPlannedTotal().stripTrailingZeros(),
                row.getEvidenceCount());
    }

    @Test
    void theDemoProjectsAreOnTimeDelayedSeverelyDelayedAndCompleted() {
        List<String> statuses =
                jdbc.queryForList("select distinct status from project_progress order by status", String.class);
        assertThat(statuses)
                .contains(
                        ProjectStatus.ON_SCHEDULE.name(),
                        ProjectStatus.DELAYED.name(),
                        ProjectStatus.SEVERELY_DELAYED.name());
    }

    @Test
    void reachedMilestonesMatchTheStageAndAreConfirmedInOrderAfterSigning() {
        // the demo's own rows, untouched since loading (version 0, lead and milestone): other tests of the shared
        // context edit signed leads' dates and plans through the services and by SQL
        List<Map<String, Object>> wrong = jdbc.queryForList("select m.id from project_milestone m "
                + "join investment_lead l on l.id = m.lead_id "
                + "where l.version = 0 and m.version = 0 "
                + "and m.actual_on is not null and (m.actual_on < l.signed_on or m.confirmed_by_id is null "
                + "or exists (select 1 from project_milestone e join milestone_kind ek on ek.id = e.kind_id "
                + "join milestone_kind mk on mk.id = m.kind_id where e.lead_id = m.lead_id "
                + "and ek.sort_order < mk.sort_order and (e.actual_on is null or e.actual_on > m.actual_on)))");
        assertThat(wrong).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_milestone m join investment_lead l on l.id = m.lead_id "
                                + "where l.version = 0 and m.version = 0 and m.actual_on is not null",
                        Long.class))
                .as("the demo's reached milestones are there to check")
                .isGreaterThan(50);
        // a lead at 投产 has reached 投产
        assertThat(jdbc.queryForObject(
                        "select count(*) from investment_lead l where l.stage = 'PRODUCTION' and exists (select 1 "
                                + "from project_milestone m join milestone_kind k on k.id = m.kind_id "
                                + "where m.lead_id = l.id and k.code = 'PRODUCTION' and m.actual_on is null)",
                        Long.class))
                .isZero();
    }

    @Test
    void issuesExistInEveryStatusAndSomeAreOverdueWithTheirHistory() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (String status : List.of("ASSIGNED", "IN_PROGRESS", "DONE")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from coordination_issue where status = ?", Long.class, status))
                    .as(status)
                    .isGreaterThan(0);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_issue where status = 'DONE' and reply is not null "
                                + "and closed_by is not null",
                        Long.class))
                .isGreaterThan(0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_issue where is_open = true and deadline < ?",
                        Long.class,
                        java.sql.Date.valueOf(today)))
                .isGreaterThan(0);
        assertThat(jdbc.queryForObject("select count(distinct department_id) from coordination_issue", Long.class))
                .isGreaterThan(5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from coordination_issue i where not exists (select 1 from "
                                + "coordination_issue_event e where e.issue_id = i.id and e.kind = 'RAISED')",
                        Long.class))
                .isZero();
    }

    @Test
    void theFinishedTourRanksItsProjectsOnARedAndABlackList() {
        long finished = jdbc.queryForObject("select id from tour where name = '第三季度全区重点项目建设观摩推进会'", Long.class);
        List<RankLine> ranking = signIn.as("leader", () -> tours.ranking(finished));
        assertThat(ranking).hasSize(6).allMatch(line -> line.score() != null && line.membersScored() == 3);
        assertThat(ranking).anyMatch(line -> line.board() == RankLine.Board.RED);
        assertThat(ranking).anyMatch(line -> line.board() == RankLine.Board.BLACK);
        long planned = jdbc.queryForObject(
                "select count(*) from tour t where t.tour_date > ? and exists (select 1 "
                        + "from tour_stop s where s.tour_id = t.id) and not exists (select 1 from tour_score sc join tour_stop "
                        + "s on s.id = sc.stop_id where s.tour_id = t.id)",
                Long.class,
                java.sql.Date.valueOf(LocalDate.now()));
        assertThat(planned).isPositive();
    }

    @Test
    void theDemoPhotosAndTheirThumbnailsAreInTheEvidenceStore() {
        List<Map<String, Object>> files = jdbc.queryForList(
                "select storage_key, thumbnail_key, size_bytes from milestone_evidence where storage_key like 'demo/%'");
        assertThat(files).hasSizeGreaterThan(5);
        for (Map<String, Object> file : files) {
            assertThat(store.exists((String) file.get("storage_key"))).isTrue();
            assertThat(store.exists((String) file.get("thumbnail_key"))).isTrue();
        }
        // idempotent: a second start writes nothing
        Integer written = transactions.execute(status -> demoFiles.writeMissing());
        assertThat(written).isZero();
    }
}

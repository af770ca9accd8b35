package com.chainleads.construction.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.chainleads.construction.summary.ProjectFigures;
import com.chainleads.lead.domain.LeadStage;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class MilestoneKindStageIT {

    @Autowired
    MilestoneKindService kinds;

    @Autowired
    ProjectFigureService figureService;

    @Autowired
    ProjectFigures figures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignIn signIn;

    @Autowired
    Clock clock;

    @Test
    void linkingAMilestoneKindToAnotherStageRecountsTheFiguresWhenTheSaveCommits() {
        int year = LocalDate.now(clock).getYear();
        long startedBefore = started(year);
        assertThat(startedBefore)
                .as("the demo has projects that broke ground this year")
                .isEqualTo(startedFromTheMilestones(year))
                .isPositive();

        try {
            link("GROUNDBREAKING", null);

            assertThat(started(year)).isZero();
            assertThat(figures.check().inStep()).isTrue();
        } finally {
            link("GROUNDBREAKING", LeadStage.CONSTRUCTION);
        }

        assertThat(started(year)).isEqualTo(startedBefore);
        assertThat(figures.check().inStep()).isTrue();
    }

    private long started(int year) {
        return signIn.as(
                "leader", () -> figureService.year(Set.of(), null, year).started());
    }

    /** Signed projects whose 开工 milestone was reached in the year, from the plans themselves. */
    private long startedFromTheMilestones(int year) {
        Long count = jdbc.queryForObject(
                "select count(distinct m.lead_id) from project_milestone m join milestone_kind k on k.id = m.kind_id "
                        + "join investment_lead l on l.id = m.lead_id where k.code = 'GROUNDBREAKING' "
                        + "and l.stage_rank in (5, 6, 7, 8, 9) and m.actual_on between ? and ?",
                Long.class,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        return count == null ? 0 : count;
    }

    private void link(String code, @Nullable LeadStage stage) {
        signIn.as("admin", () -> {
            MilestoneKindRow kind = kinds.list().stream()
                    .filter(k -> k.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            return kinds.save(new MilestoneKindDraft(
                    kind.id(), kind.version(), kind.nameZh(), kind.nameEn(), stage, kind.active()));
        });
    }
}

package com.chainleads.tour.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chainleads.base.domain.BusinessRuleException;
import com.chainleads.base.i18n.AppLocales;
import com.chainleads.testsupport.IntegrationTest;
import com.chainleads.testsupport.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Planning a tour, scoring it and printing its booklet, on a real database with the demo leads. */
@IntegrationTest
class TourServiceIT {

    @Autowired
    TourService tours;

    @Autowired
    TourBooklet booklet;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    private Long created;

    @AfterEach
    void removeTour() {
        if (created != null) {
            jdbc.update("delete from tour where id = ?", created);
        }
    }

    private List<Long> signedLeads(int count) {
        return jdbc.queryForList(
                "select id from investment_lead where stage in ('SIGNED', 'INCORPORATED', 'CONSTRUCTION', 'PRODUCTION',"
                        + " 'FULL_CAPACITY') order by id limit " + count,
                Long.class);
    }

    @Test
    void aLeaderPlansARouteOfSignedProjectsReordersItAndTheBookletHasAPagePerProject() throws Exception {
        List<Long> signed = signedLeads(3);
        Long unsigned =
                jdbc.queryForObject("select min(id) from investment_lead where stage = 'NEGOTIATING'", Long.class);
        signIn.as("leader", () -> {
            created = tours.create(new TourCommand("测试观摩", LocalDate.of(2026, 12, 18)));
            signed.forEach(lead -> tours.addStop(created, lead));
            assertThatThrownBy(() -> tours.addStop(created, signed.get(0)))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("tour.error.twice");
            assertThatThrownBy(() -> tours.addStop(created, unsigned))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey())
                    .isEqualTo("tour.error.notSigned");

            TourDetail tour = tours.detail(created);
            long last = tour.stops().get(2).stopId();
            tour = tours.moveStop(created, last, -1);
            assertThat(tour.stops())
                    .extracting(TourDetail.Stop::leadId)
                    .containsExactly(signed.get(0), signed.get(2), signed.get(1));
            assertThat(tour.stops()).extracting(TourDetail.Stop::position).containsExactly(1, 2, 3);
            tour = tours.removeStop(created, tour.stops().get(0).stopId());
            assertThat(tour.stops()).extracting(TourDetail.Stop::position).containsExactly(1, 2);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pages = booklet.write(created, AppLocales.CHINESE, out);
            assertThat(pages).isEqualTo(2);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                assertPagePerStop(doc, tour);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void startedThisYearOffersExactlyTheSignedProjectsWhose开工MilestoneWasReachedThisYear() {
        int year = LocalDate.now(clock).getYear();
        List<Long> expected = jdbc.queryForList(
                "select distinct m.lead_id from project_milestone m join milestone_kind k on k.id = m.kind_id"
                        + " join investment_lead l on l.id = m.lead_id"
                        + " where k.lead_stage = 'CONSTRUCTION' and m.actual_on between ? and ?"
                        + " and l.stage in ('SIGNED', 'INCORPORATED', 'CONSTRUCTION', 'PRODUCTION', 'FULL_CAPACITY')",
                Long.class,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        List<Long> offered = signIn.as(
                "leader",
                () -> tours.candidates(new TourPick(null, null, false, true)).stream()
                        .map(com.chainleads.lead.domain.LeadRow::id)
                        .toList());
        assertThat(expected).as("the demo has projects started this year").isNotEmpty();
        assertThat(offered)
                .as("started this year, largest first, at most a page")
                .hasSize(Math.min(expected.size(), TourService.PICK_PAGE))
                .allMatch(expected::contains);
        List<Long> signedAny = signIn.as(
                "leader",
                () -> tours.candidates(new TourPick(null, null, false, false)).stream()
                        .map(com.chainleads.lead.domain.LeadRow::id)
                        .toList());
        assertThat(signedAny)
                .as("without the filter, signed projects not started this year too")
                .isNotEmpty();
    }

    @Test
    void aTourOfManyStopsIsReadInAFewQueriesNotOnePerStop() {
        List<Long> signed = signedLeads(12);
        assertThat(signed).hasSize(12);
        org.hibernate.stat.Statistics statistics =
                entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        signIn.as("leader", () -> {
            created = tours.create(new TourCommand("测试观摩查询", LocalDate.of(2026, 12, 19)));
            tours.addStop(created, signed.get(0));
            long oneStop = statementsOf(statistics, () -> tours.detail(created));
            signed.subList(1, 12).forEach(lead -> tours.addStop(created, lead));

            TourDetail tour = tours.detail(created);
            long twelveStops = statementsOf(statistics, () -> tours.detail(created));

            assertThat(tour.stops()).extracting(TourDetail.Stop::leadId).containsExactlyElementsOf(signed);
            assertThat(tour.stops().get(0).projectName())
                    .isEqualTo(jdbc.queryForObject(
                            "select project_name from investment_lead where id = ?", String.class, signed.get(0)));
            // as many statements as for one stop (a little slack for a scheduled job running meanwhile)
            assertThat(twelveStops)
                    .as("twelve stops are read in as many statements as one, not one more per stop")
                    .isLessThanOrEqualTo(oneStop + 2);
        });
    }

    private static long statementsOf(org.hibernate.stat.Statistics statistics, Runnable action) {
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            action.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private static void assertPagePerStop(XWPFDocument doc, TourDetail tour) {
        List<String> paragraphs =
                doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        for (TourDetail.Stop stop : tour.stops()) {
            assertThat(paragraphs).contains("第 " + stop.position() + " 站　" + stop.projectName());
        }
        long breaks = doc.getParagraphs().stream()
                .filter(p -> p.getRuns().stream()
                        .anyMatch(r -> r.getCTR().getBrList().size() > 0))
                .count();
        assertThat(breaks).as("one page per project").isEqualTo(tour.stops().size());
    }

    @Test
    void membersScoresGiveTheRankingAndAScoreOutOfRangeIsRefusedWithNothingStored() {
        List<Long> signed = signedLeads(2);
        signIn.as("leader", () -> {
            created = tours.create(new TourCommand("评分测试观摩", LocalDate.of(2026, 12, 18)));
            signed.forEach(lead -> tours.addStop(created, lead));
            TourDetail tour = tours.addMember(created, "张书记", "区委书记");
            tour = tours.addMember(created, "李区长", null);
            TourDetail.Member first = tour.members().get(0);
            TourDetail.Member second = tour.members().get(1);
            List<TourDetail.Criterion> criteria = tour.criteria();
            long a = tour.stops().get(0).stopId();
            long b = tour.stops().get(1).stopId();

            tours.saveSheet(created, first.id(), sheet(criteria, Map.of(a, "90", b, "70")));
            tours.saveSheet(created, second.id(), sheet(criteria, Map.of(a, "80", b, "75")));
            List<RankLine> ranking = tours.ranking(created);
            assertThat(ranking).extracting(RankLine::stopId).containsExactly(a, b);
            assertThat(ranking.get(0).score()).isEqualByComparingTo("85.00");
            assertThat(ranking.get(1).score()).isEqualByComparingTo("72.50");

            Map<Long, Map<Long, BigDecimal>> bad = sheet(criteria, Map.of(a, "10", b, "101"));
            assertThatThrownBy(() -> tours.saveSheet(created, first.id(), bad))
                    .isInstanceOf(BusinessRuleException.class);
            assertThat(tours.sheet(created, first.id()).get(a).values())
                    .allMatch(score -> score.compareTo(new BigDecimal("90")) == 0);
        });
    }

    @Test
    void officersCannotPlanTours() {
        assertThatThrownBy(() -> signIn.as("officer1", () -> tours.tours())).isInstanceOf(AccessDeniedException.class);
    }

    /** Every criterion of each stop given the same score. */
    private static Map<Long, Map<Long, BigDecimal>> sheet(
            List<TourDetail.Criterion> criteria, Map<Long, String> byStop) {
        Map<Long, Map<Long, BigDecimal>> sheet = new HashMap<>();
        byStop.forEach((stop, score) -> criteria.forEach(
                c -> sheet.computeIfAbsent(stop, k -> new HashMap<>()).put(c.id(), new BigDecimal(score))));
        return sheet;
    }
}
